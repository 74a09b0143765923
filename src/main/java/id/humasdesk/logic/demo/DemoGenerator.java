package id.humasdesk.logic.demo;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.account.PasswordHasher;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.logic.draft.ReleaseRepository;
import id.humasdesk.logic.draft.RevisionRepository;
import id.humasdesk.logic.schedule.ChannelRepository;
import id.humasdesk.logic.schedule.PlanRepository;
import id.humasdesk.model.Channel;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Photo;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.Province;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseNumberFormat;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Revision;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Fills a data directory with synthetic but plausible releases: several writers, every status,
 * two years of history, some photos. Deterministic for a given seed, so benchmarks compare alike.
 */
public final class DemoGenerator {
    public static final String DEMO_PASSWORD = "HumasDemo2026";
    /** Setting that marks an office the generator set up itself; only such an office gets more demo data. */
    public static final String DEMO_OFFICE = "demo.office";
    private static final int BATCH = 1_000;
    private static final ReleaseStatus[] STATUS_MIX = {
        ReleaseStatus.DRAFT, ReleaseStatus.DRAFT, ReleaseStatus.DRAFT, ReleaseStatus.IN_REVIEW,
        ReleaseStatus.IN_REVIEW, ReleaseStatus.CHANGES_REQUESTED, ReleaseStatus.APPROVED, ReleaseStatus.APPROVED,
        ReleaseStatus.SCHEDULED, ReleaseStatus.PUBLISHED, ReleaseStatus.PUBLISHED, ReleaseStatus.PUBLISHED,
        ReleaseStatus.PUBLISHED, ReleaseStatus.PUBLISHED, ReleaseStatus.PUBLISHED, ReleaseStatus.PUBLISHED,
        ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN};

    private final AccountService accounts;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ReleaseRepository releases;
    private final RevisionRepository revisions;
    private final MediaStore media;
    private final Transactor tx;
    private final Clock clock;
    private final Supplier<ReleaseNumberFormat> numberFormat;
    private final ChannelRepository channels;
    private final PlanRepository plans;
    private final SettingsRepository settings;

    /** What the demo generator uses to set up a demo office and fill it. */
    public record Deps(AccountService accounts, UserRepository users, PasswordHasher hasher,
            ReleaseRepository releases, RevisionRepository revisions, MediaStore media, Transactor tx, Clock clock,
            Supplier<ReleaseNumberFormat> numberFormat, ChannelRepository channels, PlanRepository plans,
            SettingsRepository settings) {
    }

    public DemoGenerator(Deps d) {
        this.settings = d.settings();
        this.channels = d.channels();
        this.plans = d.plans();
        this.accounts = d.accounts();
        this.users = d.users();
        this.hasher = d.hasher();
        this.releases = d.releases();
        this.revisions = d.revisions();
        this.media = d.media();
        this.tx = d.tx();
        this.clock = d.clock();
        this.numberFormat = d.numberFormat();
    }

    /** What a run created, for the command to report. */
    public record Result(int releases, int photos, boolean officeCreated, List<String> usernames) {
    }

    /**
     * Adds releases to an empty data directory (which becomes a demo office) or to a demo office it
     * set up earlier. An office set up with {@code init} or the wizard is refused: demo users with a
     * published password and unaudited approved releases have no place in a real office's bundles.
     */
    public Result generate(int count, long seed, IntConsumer progress) {
        boolean created = !accounts.isSetUp();
        if (created) {
            setUpDemoOffice();
            settings.put(DEMO_OFFICE, "true");
        } else if (!isDemoOffice()) {
            Office real = accounts.office().orElseThrow();
            throw new UserFacingException("error.demo.realOffice", real.code(), real.name());
        }
        Office office = accounts.office().orElseThrow();
        List<User> writers = ensureWriters();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Photo> photos = DemoPhotos.create(media, 8, rnd);
        List<Channel> channelList = channels.list().stream().filter(c -> !c.photoRequired()).toList();
        int withPhotos = 0;
        Instant end = clock.instant();
        long span = Duration.ofDays(730).toSeconds();
        for (int done = 0; done < count; ) {
            int n = Math.min(BATCH, count - done);
            List<Release> batch = new ArrayList<>(n);
            List<Revision> revs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Instant at = end.minusSeconds(span * (count - done - i) / Math.max(1, count))
                        .minusMillis(rnd.nextInt(1000)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                User author = Phrases.pick(writers, rnd);
                boolean photo = rnd.nextInt(40) == 0;
                withPhotos += photo ? 1 : 0;
                ReleaseType type = ReleaseType.values()[rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(4)];
                ReleaseContent content = content(office, type, author, at, rnd, photo ? List.of(Phrases.pick(photos,
                        rnd)) : List.of());
                batch.add(new Release(UUID.randomUUID(), office.code(), null, type, STATUS_MIX[rnd.nextInt(
                        STATUS_MIX.length)], content, author.id(), at, at, 1, false));
            }
            tx.run(() -> {
                List<Release> numbered = new ArrayList<>(batch.size());
                for (Release r : batch) {
                    LocalDate day = LocalDate.ofInstant(r.createdAt(), office.zone());
                    int seq = releases.nextSequence(office.code(), day.getYear());
                    String number = numberFormat.get().format(seq, office.code(), day.getYear(), day.getMonthValue(),
                            r.type());
                    numbered.add(new Release(r.id(), r.officeCode(), number, r.type(), r.status(), r.content(),
                            r.authorId(), r.createdAt(), r.updatedAt(), 1, false));
                    revs.add(new Revision(r.id(), 1, r.content(), r.authorId(), r.createdAt()));
                }
                releases.insertAll(numbered);
                revisions.appendAll(revs);
                numbered.forEach(r -> plan(r, office, channelList, rnd));
            });
            done += n;
            progress.accept(done);
        }
        return new Result(count, withPhotos, created, writers.stream().map(User::username).toList());
    }

    /**
     * Scheduled releases get plans in the coming days, published ones posted plans at their time,
     * so the calendar shows the office's rhythm. A scheduled press statement (siaran pers) is
     * embargoed until its first plan, as offices do with statements handed to the media early.
     */
    private void plan(Release r, Office office, List<Channel> channelList, SplittableRandom rnd) {
        if (channelList.isEmpty() || r.status() != ReleaseStatus.SCHEDULED && r.status() != ReleaseStatus.PUBLISHED) {
            return;
        }
        boolean future = r.status() == ReleaseStatus.SCHEDULED;
        Instant base = future ? clock.instant().plus(Duration.ofHours(2 + rnd.nextInt(24 * 14))) : r.updatedAt();
        Instant at = base.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant embargo = future && r.type() == ReleaseType.SIARAN_PERS ? at : null;
        int n = 1 + rnd.nextInt(Math.min(3, channelList.size()));
        for (int i = 0; i < n; i++) {
            Channel ch = channelList.get((i + rnd.nextInt(channelList.size())) % channelList.size());
            if (i > 0 && plans.forRelease(r.id()).stream().anyMatch(p -> p.channelId().equals(ch.id()))) {
                continue;
            }
            plans.insert(new PublicationPlan(UUID.randomUUID(), r.id(), ch.id(), at.plus(Duration.ofMinutes(30L * i)),
                    office.zone(), "", embargo, future ? PlanState.PLANNED : PlanState.POSTED,
                    future ? "" : "https://bawaslu.example/berita/" + r.number().replace('/', '-'), "",
                    future ? null : at, 1));
        }
    }

    /** Whether this data directory's office was set up by the generator. */
    public boolean isDemoOffice() {
        return settings.get(DEMO_OFFICE).map("true"::equals).orElse(false);
    }

    private void setUpDemoOffice() {
        Office office = new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
                Province.BENGKULU.zone().zoneId());
        accounts.setUp(new OfficeSetup(office, "admin", "Admin Humas", DEMO_PASSWORD.toCharArray()));
    }

    /**
     * Demo users are written straight to the repository, only ever in a demo office (see
     * {@link #generate}); each gets its own salt, so equal passwords never give equal hashes.
     */
    private List<User> ensureWriters() {
        String[][] people = {
            {"penulis1", "Rina Marlina"}, {"penulis2", "Fajar Hidayat"}, {"penulis3", "Dewi Lestari"},
            {"penyunting", "Hendra Saputra"}};
        for (String[] p : people) {
            if (users.findByUsername(p[0]).isEmpty()) {
                String hash = hasher.hash(DEMO_PASSWORD.toCharArray());
                Set<Role> roles = p[0].equals("penyunting") ? Set.of(Role.REVIEWER, Role.WRITER) : Set.of(Role.WRITER);
                users.insert(new User(UUID.randomUUID(), p[0], p[1], roles, true), hash, clock.instant());
            }
        }
        return users.list().stream().filter(u -> u.has(Role.WRITER)).toList();
    }

    private static ReleaseContent content(Office office, ReleaseType type, User author, Instant at,
            SplittableRandom rnd, List<Photo> photos) {
        String activity = Phrases.pick(Phrases.ACTIVITIES, rnd);
        String participants = Phrases.pick(Phrases.PARTICIPANTS, rnd);
        String speaker = Phrases.person(rnd);
        String title = Phrases.pick(Phrases.TITLES, rnd) + " " + office.name();
        LocalDate day = LocalDate.ofInstant(at, office.zone());
        String headline = switch (type) {
            case SIARAN_PERS -> office.name() + " Ajak Masyarakat Awasi " + Phrases.pick(Phrases.TAHAPAN, rnd);
            case PENGUMUMAN -> "Pengumuman " + activity;
            case KLARIFIKASI -> "Klarifikasi atas Pemberitaan " + activity;
            default -> office.name() + " Gelar " + activity;
        };
        String lead = office.name() + " menggelar " + activity + " bersama " + participants + " di "
                + Phrases.pick(Phrases.VENUES, rnd) + " " + office.placeName() + ", pukul " + (8 + rnd.nextInt(6))
                + ".00 " + office.zoneLabel() + ".";
        List<String> body = new ArrayList<>();
        int paragraphs = 3 + rnd.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            body.add(Phrases.pick(Phrases.BODY, rnd));
        }
        body.add(1, "\u201C" + Phrases.pick(Phrases.QUOTES, rnd) + ",\u201D ujar " + speaker + ", " + title + ".");
        List<Narasumber> sources = List.of(new Narasumber(speaker, title, activity));
        List<Photo> captioned = photos.stream().map(p -> p.withCaption(activity + " di " + office.placeName())
                .withCredit("Tim Humas " + office.name())).toList();
        return new ReleaseContent(headline, "", office.placeName(), day, lead, body, sources,
                List.of(Phrases.pick(Phrases.TAGS, rnd), Phrases.pick(Phrases.TAGS, rnd)),
                Phrases.pick(Phrases.TAHAPAN, rnd), type == ReleaseType.SIARAN_PERS ? "Narahubung: " + author.fullName()
                        + " (0812-7000-" + (1000 + rnd.nextInt(9000)) + ")" : "",
                author.fullName(), "Tim Humas " + office.name(), captioned);
    }
}
