package id.humasdesk.logic.check;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.model.Office;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Writing checks of one office: the {@link WritingChecker} plus what is stored, namely the office
 * word list ("add to dictionary") and the words ignored per release. Every method may block on
 * the dictionary load or the database: call them off the UI thread.
 */
public final class WritingCheckService {
    public static final int MAX_WORD_LENGTH = 60;
    public static final int MAX_IGNORED_LENGTH = 200;
    private static final Pattern DICTIONARY_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    private final WritingChecker checker;
    private final OfficeWordRepository officeWords;
    private final IgnoredWordRepository ignores;
    private final Authority authority;
    private final Clock clock;
    private final Supplier<Optional<Office>> office;
    private final Object officeWordsLock = new Object();
    private volatile boolean officeWordsLoaded;

    public WritingCheckService(WritingChecker checker, OfficeWordRepository officeWords, IgnoredWordRepository ignores,
            UserRepository users, Clock clock, Supplier<Optional<Office>> office) {
        this.checker = checker;
        this.officeWords = officeWords;
        this.ignores = ignores;
        this.authority = new Authority(users);
        this.clock = clock;
        this.office = office;
    }

    /** Loads the dictionary and the office word list; call once from a background thread at start. */
    public void load() {
        checker.load();
        ensureOfficeWords();
    }

    /** What a check of this release knows: its ignored words, its names, the office name. */
    public CheckContext context(ReleaseContent content, UUID releaseId) {
        Set<String> ignored = releaseId == null ? Set.of() : ignores.find(releaseId);
        return CheckContext.forRelease(content, officeName(), ignored);
    }

    /** All findings of a release (or of an unsaved draft when {@code releaseId} is null). */
    public List<Finding> check(ReleaseContent content, UUID releaseId) {
        ensureOfficeWords();
        return checker.check(content, context(content, releaseId));
    }

    /** Findings in one field as the editor holds it; offsets match the editor's text exactly. */
    public List<Finding> checkText(CheckField field, int item, String text, CheckContext ctx) {
        ensureOfficeWords();
        return checker.checkText(field, item, text, ctx);
    }

    /** Corrections for a finding, best first. Slow for spelling findings (tens of ms). */
    public Finding withSuggestions(Finding finding) {
        ensureOfficeWords();
        return checker.withSuggestions(finding);
    }

    public Set<String> ignored(UUID releaseId) {
        return ignores.find(releaseId);
    }

    /** Ignores the word or phrase everywhere in this (saved) release. */
    public void ignore(User actor, UUID releaseId, String word) {
        User user = requireWriterOrReviewer(actor);
        ignores.add(releaseId, ignorable(word), user.id(), clock.instant());
    }

    public void unignore(User actor, UUID releaseId, String word) {
        requireWriterOrReviewer(actor);
        ignores.remove(releaseId, ignorable(word));
    }

    /** Adds a word to the office word list; from then on no release of the office flags it. */
    public void addToDictionary(User actor, String word) {
        User user = requireWriterOrReviewer(actor);
        String w = dictionaryWord(word);
        officeWords.add(w, user.id(), clock.instant());
        reloadOfficeWords();
    }

    /** Only an administrator removes words, because they affect every writer of the office. */
    public void removeFromDictionary(User actor, String word) {
        authority.require(actor, Role.ADMIN);
        officeWords.remove(dictionaryWord(word));
        reloadOfficeWords();
    }

    public List<String> officeWords() {
        return officeWords.all();
    }

    private String officeName() {
        return office.get().map(Office::name).orElse("");
    }

    private User requireWriterOrReviewer(User actor) {
        User user = authority.actor(actor);
        if (!user.has(Role.WRITER) && !user.has(Role.REVIEWER) && !user.has(Role.ADMIN)) {
            throw new UserFacingException("error.auth.roleRequired", Role.WRITER.name());
        }
        return user;
    }

    private static String dictionaryWord(String word) {
        String w = word == null ? "" : word.strip();
        if (w.length() > MAX_WORD_LENGTH || !DICTIONARY_WORD.matcher(w).matches()) {
            throw new UserFacingException("check.word.invalid", w);
        }
        return w;
    }

    private static String ignorable(String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || w.length() > MAX_IGNORED_LENGTH) {
            throw new UserFacingException("check.ignore.invalid");
        }
        return w;
    }

    private void ensureOfficeWords() {
        if (!officeWordsLoaded) {
            synchronized (officeWordsLock) {
                if (!officeWordsLoaded) {
                    checker.spelling().setOfficeWords(officeWords.all());
                    officeWordsLoaded = true;
                }
            }
        }
    }

    private void reloadOfficeWords() {
        synchronized (officeWordsLock) {
            checker.spelling().setOfficeWords(officeWords.all());
            officeWordsLoaded = true;
        }
    }
}
