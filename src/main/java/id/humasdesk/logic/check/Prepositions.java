package id.humasdesk.logic.check;

import java.util.Optional;
import java.util.Set;

/**
 * "di" and "ke" as prepositions stand apart ("di kantor", "ke Batam"); "di-" as a prefix is
 * joined ("dilaksanakan"); the particle "pun" stands apart ("kami pun") except in the fixed
 * conjunctions ("walaupun"). Which one a writer meant is decided with the dictionary: a word
 * after "di" is a verb base when its active meN- form exists ("buat" gives "membuat") or it
 * carries a verb suffix ("-kan", "-i"); a noun or place has neither ("kantor", "rumah").
 */
final class Prepositions {
    /** Places and positions that only ever follow "di"/"ke" as a preposition. */
    static final Set<String> POSITIONS = Set.of("atas", "bawah", "dalam", "luar", "depan", "belakang", "samping",
            "sini", "sana", "situ", "mana", "antara", "tengah", "sekitar", "sebelah", "seberang", "sela", "sisi",
            "hadapan", "muka", "pinggir", "ujung", "dekat", "sekeliling", "seputar");
    /**
     * Places, institutions and times that follow "di"/"ke" as a preposition in official writing. Only
     * with one of these (or a position, or a known place name) is the rule sure enough to underline
     * "dikantor"; with any other base it only says "perhaps", because "ditarget" and "diregister"
     * are passive verbs whose base the dictionary happens to know as a noun.
     */
    static final Set<String> PLACES_AND_TIMES = Set.of("kantor", "rumah", "aula", "ruang", "ruangan", "gedung",
            "balai", "lapangan", "halaman", "tingkat", "bidang", "wilayah", "daerah", "desa", "kelurahan",
            "kecamatan", "kabupaten", "kota", "provinsi", "pusat", "sekolah", "kampus", "tempat", "lokasi", "masjid",
            "gereja", "pura", "hotel", "jalan", "pasar", "pendopo", "pendapa", "kawasan", "lingkungan", "sekretariat",
            "posko", "lantai", "hadapan", "hadirat", "tengah", "akhir", "awal", "masa", "saat", "waktu", "pagi",
            "siang", "sore", "malam", "era", "zaman", "seluruh", "setiap", "tiap", "berbagai", "kalangan", "media",
            "laman", "akun", "tps", "gudang", "pantai", "pulau", "kampung", "dusun");
    /** Places that also make a verb ("melantai", "memagar") but after "di" almost always mean the place. */
    private static final Set<String> PLACE_NOUNS = Set.of("lantai", "tembok", "pagar");
    /** "keluar" is a word of its own (to go out); "ke luar" is also right. */
    private static final Set<String> KE_POSITIONS_JOINED_OK = Set.of("luar");
    /** Conjunctions PUEBI writes with "pun" joined. */
    private static final Set<String> PUN_JOINED = Set.of("adapun", "andaipun", "ataupun", "bagaimanapun", "biarpun",
            "kalaupun", "kendatipun", "maupun", "meskipun", "sekalipun", "sungguhpun", "walaupun");
    private static final int MIN_BASE = 3;

    private final SpellChecker spelling;

    Prepositions(SpellChecker spelling) {
        this.spelling = spelling;
    }

    /** A fix and whether the rule is sure of it (only sure fixes are underlined). */
    record Advice(String fix, boolean sure) {
    }

    /** "dikantor" gives "di kantor" (sure); "ditarget" would give "di target" (not sure, only "perhaps"). */
    Optional<Advice> joinedAdvice(String word) {
        Optional<String> fix = joined(word);
        if (fix.isEmpty()) {
            return Optional.empty();
        }
        String apart = fix.get();
        String base = apart.substring(apart.indexOf(' ') + 1);
        String bare = Words.lower(base).endsWith("nya") ? Words.lower(base).substring(0, base.length() - 3)
                : Words.lower(base);
        boolean place = PLACES_AND_TIMES.contains(bare) || POSITIONS.contains(bare);
        boolean name = Words.isCapitalised(base) && (spelling.isName(base) || spelling.inWordLists(base));
        return Optional.of(new Advice(apart, place || name));
    }

    /** "dikantor" gives "di kantor", "disini" gives "di sini", "kemana" gives "ke mana". */
    Optional<String> joined(String word) {
        if (spelling.isName(word)) {
            return Optional.empty();
        }
        String lower = Words.lower(word);
        for (String prep : new String[] {"di", "ke"}) {
            if (!lower.startsWith(prep) || lower.length() < prep.length() + MIN_BASE) {
                continue;
            }
            String rest = word.substring(prep.length());
            String restLower = Words.lower(rest);
            String bare = restLower.endsWith("nya") ? restLower.substring(0, restLower.length() - 3) : restLower;
            String head = word.substring(0, prep.length());
            if (POSITIONS.contains(bare) && !(prep.equals("ke") && KE_POSITIONS_JOINED_OK.contains(bare))) {
                return Optional.of(head + " " + restLower);
            }
            if (spelling.inDictionary(word) || spelling.inWordLists(word)) {
                continue;
            }
            boolean nounAfter = prep.equals("ke") ? !restLower.endsWith("an") : !verbBase(restLower);
            if (spelling.knownAsIs(restLower) && nounAfter) {
                return Optional.of(head + " " + restLower);
            }
            String asName = Words.matchCase("X", restLower);
            if (!spelling.knownAsIs(restLower) && (spelling.inDictionary(asName) || spelling.inWordLists(asName))) {
                return Optional.of(head + " " + asName);
            }
        }
        return Optional.empty();
    }

    /** "di laksanakan" gives "dilaksanakan"; "di kantor" and "di tingkat" stay as they are. */
    Optional<String> split(String di, String next) {
        if (!Words.lower(di).equals("di") || next.length() < MIN_BASE || !Words.isLowerCase(next)) {
            return Optional.empty();
        }
        String bare = next.endsWith("nya") ? next.substring(0, next.length() - 3) : next;
        if (POSITIONS.contains(bare) || PLACE_NOUNS.contains(bare) || PLACES_AND_TIMES.contains(bare)) {
            return Optional.empty();
        }
        String joined = "di" + next;
        boolean known = spelling.inDictionary(joined);
        boolean kan = bare.endsWith("kan") && bare.length() > 3 + MIN_BASE;
        boolean verbSuffix = kan || bare.endsWith("i") && known;
        if (verbSuffix && (known || spelling.derivable(joined))
                || known && spelling.hasActiveForm(bare) && spelling.inDictionary(bare)) {
            return Optional.of(Words.matchCase(di, joined));
        }
        return Optional.empty();
    }

    /** "kamipun" gives "kami pun"; "walaupun" and "rumpun" are words. */
    Optional<String> pun(String word) {
        String lower = Words.lower(word);
        if (!lower.endsWith("pun") || lower.length() < 3 + MIN_BASE || PUN_JOINED.contains(lower)
                || spelling.inDictionary(word)) {
            return Optional.empty();
        }
        String stem = word.substring(0, word.length() - 3);
        Optional<String> apart = joined(stem);
        if (apart.isPresent()) {
            return Optional.of(apart.get() + " pun");
        }
        return spelling.isCorrect(stem) ? Optional.of(stem + " pun") : Optional.empty();
    }

    private boolean verbBase(String restLower) {
        return restLower.endsWith("kan") || restLower.endsWith("i") || restLower.endsWith("kannya")
                || restLower.startsWith("per") || spelling.hasActiveForm(restLower);
    }
}
