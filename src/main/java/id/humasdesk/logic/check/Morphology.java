package id.humasdesk.logic.check;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Accepts a derived word when it splits into a known root and Indonesian affixes that go
 * together (meN-/di-/ter- with -kan/-i, ber- with -an/-kan, peN- with -an, ke-...-an, bound forms
 * such as antar-, pasca-, non-), plus the clitics -nya, -lah, -kah, -ku and -mu. The Indonesian
 * Hunspell data lacks many such forms ("hubungi", "tampilan", "dugaan"); without this each of
 * them would be underlined. Typing mistakes rarely split this way, so little slips through.
 */
final class Morphology {
    static final Set<String> BOUND_FORMS = Set.of("antar", "anti", "pasca", "pra", "sub", "non", "multi", "swa",
            "tuna", "nir", "purna", "semi", "ekstra", "inter", "intra", "kontra", "supra", "ultra", "mikro",
            "makro", "mono", "poli", "infra", "maha", "adi", "dwi", "tri", "eka", "panca");
    private static final List<String> CLITICS = List.of("nya", "lah", "kah", "ku", "mu");
    private static final List<String> VERB_SUFFIXES = List.of("", "kan", "i");
    private static final List<String> NOUN_SUFFIXES = List.of("", "an");
    private static final int MIN_ROOT = 3;

    private final Predicate<String> known;

    /** @param known whether a lower-case word is in the dictionary or a word list as it stands */
    Morphology(Predicate<String> known) {
        this.known = known;
    }

    boolean derivable(String lower) {
        if (affixed(lower)) {
            return true;
        }
        for (String clitic : CLITICS) {
            if (lower.endsWith(clitic) && lower.length() - clitic.length() >= MIN_ROOT) {
                String base = lower.substring(0, lower.length() - clitic.length());
                if (known.test(base) || affixed(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word is a verb base: its active meN- form exists ("buat" gives "membuat"). */
    boolean hasActiveForm(String lowerBase) {
        for (String form : activeForms(lowerBase)) {
            if (known.test(form)) {
                return true;
            }
        }
        return false;
    }

    private boolean affixed(String w) {
        if (boundPlusKnown(w)) {
            return true;
        }
        for (String suffix : List.of("kan", "an", "i")) {
            if (w.endsWith(suffix) && rootOk(w.substring(0, w.length() - suffix.length()))) {
                return true;
            }
        }
        return prefixed(w, "memper", VERB_SUFFIXES) || prefixed(w, "diper", VERB_SUFFIXES)
                || prefixed(w, "menge", VERB_SUFFIXES) || prefixed(w, "penge", NOUN_SUFFIXES)
                || nasal(w, "me", VERB_SUFFIXES) || nasal(w, "pe", NOUN_SUFFIXES)
                || prefixed(w, "di", VERB_SUFFIXES) || prefixed(w, "ter", VERB_SUFFIXES)
                || prefixed(w, "ber", List.of("", "an", "kan")) || beTe(w, "be", List.of("", "an", "kan"))
                || beTe(w, "te", VERB_SUFFIXES) || beTe(w, "pe", NOUN_SUFFIXES)
                || prefixed(w, "per", List.of("", "an", "kan", "i")) || prefixed(w, "ke", List.of("an"))
                || prefixed(w, "se", List.of(""));
    }

    private boolean prefixed(String w, String prefix, List<String> suffixes) {
        return w.startsWith(prefix) && anyRoot(w.substring(prefix.length()), suffixes, "");
    }

    /** "be-"/"te-"/"pe-" drop the r of ber-/ter-/per- before r and before a first syllable in -er. */
    private boolean beTe(String w, String prefix, List<String> suffixes) {
        if (!w.startsWith(prefix)) {
            return false;
        }
        String rest = w.substring(prefix.length());
        boolean fits = rest.startsWith("r") || rest.length() > 3 && !vowel(rest.charAt(0))
                && rest.charAt(1) == 'e' && rest.charAt(2) == 'r';
        return fits && anyRoot(rest, suffixes, "");
    }

    /** meN- and peN-: the nasal that fits the root's first sound, some of which melt away. */
    private boolean nasal(String w, String head, List<String> suffixes) {
        if (!w.startsWith(head) || w.length() < head.length() + 3) {
            return false;
        }
        String r = w.substring(head.length());
        if (r.startsWith("ng")) {
            String rest = r.substring(2);
            if (!rest.isEmpty() && (vowel(rest.charAt(0)) && (anyRoot(rest, suffixes, "") || anyRoot(rest, suffixes,
                    "k")) || "ghk".indexOf(rest.charAt(0)) >= 0 && anyRoot(rest, suffixes, ""))) {
                return true;
            }
        }
        if (r.startsWith("ny")) {
            String rest = r.substring(2);
            if (!rest.isEmpty() && vowel(rest.charAt(0)) && anyRoot(rest, suffixes, "s")) {
                return true;
            }
        }
        if (r.startsWith("m")) {
            String rest = r.substring(1);
            if (!rest.isEmpty() && ("bfvp".indexOf(rest.charAt(0)) >= 0 && anyRoot(rest, suffixes, "")
                    || vowel(rest.charAt(0)) && anyRoot(rest, suffixes, "p"))) {
                return true;
            }
        }
        if (r.startsWith("n")) {
            String rest = r.substring(1);
            if (!rest.isEmpty() && ("dcjzts".indexOf(rest.charAt(0)) >= 0 && anyRoot(rest, suffixes, "")
                    || vowel(rest.charAt(0)) && anyRoot(rest, suffixes, "t"))) {
                return true;
            }
        }
        return "lmnrwy".indexOf(r.charAt(0)) >= 0 && anyRoot(r, suffixes, "");
    }

    private boolean anyRoot(String rest, List<String> suffixes, String restoredSound) {
        for (String suffix : suffixes) {
            if (rest.endsWith(suffix) && rest.length() > suffix.length()) {
                if (rootOk(restoredSound + rest.substring(0, rest.length() - suffix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean rootOk(String root) {
        return root.length() >= MIN_ROOT && (known.test(root) || boundPlusKnown(root));
    }

    private boolean boundPlusKnown(String w) {
        for (String b : BOUND_FORMS) {
            if (w.startsWith(b) && w.length() - b.length() >= MIN_ROOT && known.test(w.substring(b.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The meN- forms a base can take, by its first sound. */
    static List<String> activeForms(String base) {
        if (base.length() < 2) {
            return List.of();
        }
        char c = base.charAt(0);
        String rest = base.substring(1);
        if (vowel(c)) {
            return List.of("meng" + base);
        }
        if (base.length() <= 3) {
            return List.of("menge" + base);
        }
        return switch (c) {
            case 'k' -> List.of("meng" + rest, "meng" + base);
            case 'g', 'h' -> List.of("meng" + base);
            case 'p' -> List.of("mem" + rest, "mem" + base);
            case 'b', 'f', 'v' -> List.of("mem" + base);
            case 't' -> List.of("men" + rest, "men" + base);
            case 'd', 'c', 'j', 'z' -> List.of("men" + base);
            case 's' -> List.of("meny" + rest, "men" + base);
            case 'l', 'm', 'n', 'r', 'w', 'y' -> List.of("me" + base);
            default -> List.of();
        };
    }

    static boolean vowel(char c) {
        return "aiueo".indexOf(c) >= 0;
    }
}
