package id.humasdesk.logic.check;

import java.util.Map;
import java.util.Optional;

/**
 * Foreign terms with the Indonesian equivalent to consider ({@code foreign-terms.tsv}): one word
 * ("stakeholder") or two ("quick count"). Matching ignores case. A house-style finding, never a
 * misspelling: the writer may keep the term in italics.
 */
public final class ForeignTerms {
    private final Map<String, String> equivalents;

    ForeignTerms(Map<String, String> equivalents) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        equivalents.forEach((k, v) -> m.put(Words.lower(k.strip()), v.strip()));
        this.equivalents = Map.copyOf(m);
    }

    public static ForeignTerms fromClasspath() {
        return new ForeignTerms(KataBaku.read(SpellChecker.resource(SpellChecker.RESOURCES + "foreign-terms.tsv")));
    }

    /** The Indonesian equivalent of a term of one or two words, as written apart by one space. */
    Optional<String> equivalentOf(String term) {
        return Optional.ofNullable(equivalents.get(Words.lower(term)));
    }
}
