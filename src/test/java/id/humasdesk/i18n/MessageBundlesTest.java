package id.humasdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string exists in both languages, with the same placeholders, and every key
 * is used somewhere in the code (enum labels are used through their enum constants).
 */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_]+)+)\"");

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/id/humasdesk/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> id = load("id").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys missing in English or extra").isEqualTo(new TreeSet<>(id));
    }

    @Test
    void placeholdersMatch() throws IOException {
        Properties id = load("id");
        Properties en = load("en");
        for (String key : id.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key, ""))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(id.getProperty(key)));
        }
    }

    @Test
    void noPlainApostropheInFormattedMessages() throws IOException {
        for (String lang : new String[] {"id", "en"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (PLACEHOLDER.matcher(v).find()) {
                    assertThat(v).as("%s/%s: MessageFormat drops a single ASCII apostrophe", lang, key)
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> defined = load("id").stringPropertyNames();
        Set<String> used = new HashSet<>();
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(f -> f.toString().endsWith(".java")).map(MessageBundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Matcher m = KEY_IN_CODE.matcher(code);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : defined) {
            boolean dynamic = key.startsWith("enum.") || key.startsWith("language.");
            if (!dynamic && !used.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys defined but never used").isEmpty();
        Set<String> missing = used.stream().filter(k -> looksLikeMessageKey(k) && !defined.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys used in code but missing in messages_id").isEmpty();
    }

    private static boolean looksLikeMessageKey(String k) {
        return k.matches("(error|validation|cli|login|setup|library|editor|menu|button|dialog|fatal|recovery|shell|"
                + "about|users|backup|maintenance|review|schedule|bundle|check|search|calendar|settings|queue|history|audit|conflict|due|channels|numbering)\\..+");
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
