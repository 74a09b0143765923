package id.humasdesk.logic.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Non-standard forms and their standard form per KBBI ({@code kata-baku.tsv}). Matching ignores
 * case and the clitics -nya, -lah, -kah, -ku, -mu ("aktifitasnya" gives "aktivitasnya").
 */
public final class KataBaku {
    private static final List<String> CLITICS = List.of("nya", "lah", "kah", "ku", "mu");
    private final Map<String, String> standardByForm;

    KataBaku(Map<String, String> entries) {
        Map<String, String> m = new LinkedHashMap<>();
        entries.forEach((k, v) -> m.put(normalise(k), v));
        this.standardByForm = Map.copyOf(m);
    }

    /**
     * The curated table ({@code kata-baku.tsv}) and the pairs imported from a public list
     * ({@code kata-baku-imported.tsv}, decision 0116); a form in both keeps its curated fix.
     */
    public static KataBaku fromClasspath() {
        Map<String, String> all = new LinkedHashMap<>();
        read(SpellChecker.resource(SpellChecker.RESOURCES + "kata-baku.tsv"))
                .forEach((k, v) -> all.put(normalise(k), v));
        read(SpellChecker.resource(SpellChecker.RESOURCES + "kata-baku-imported.tsv"))
                .forEach((k, v) -> all.putIfAbsent(normalise(k), v));
        return new KataBaku(all);
    }

    /** The entries in file order: non-standard form to standard form. */
    static Map<String, String> read(InputStream in) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException("Bad kata baku line: " + line);
                }
                entries.put(cols[0].strip(), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public int size() {
        return standardByForm.size();
    }

    /** The standard form of a word as written, in the writer's capitalisation. */
    public Optional<String> standardOf(String word) {
        String key = normalise(word);
        String std = standardByForm.get(key);
        String clitic = "";
        if (std == null) {
            for (String c : CLITICS) {
                if (key.endsWith(c) && key.length() > c.length() + 2) {
                    std = standardByForm.get(key.substring(0, key.length() - c.length()));
                    if (std != null) {
                        clitic = c;
                        break;
                    }
                }
            }
        }
        if (std == null) {
            return Optional.empty();
        }
        String fixed = std + clitic;
        return Optional.of(Words.isCapitalised(std) ? fixed : Words.matchCase(word, fixed));
    }

    private static String normalise(String word) {
        return Words.lower(word).replace('’', '\'');
    }
}
