package id.humasdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every menu and menu item can be reached with Alt and a letter, in each language: each text marks one
 * letter with "_", and no two entries of the same menu (or of the menu bar) share a letter.
 */
class MenuMnemonicsTest {
    /** The menu bar of the main window, left to right; each menu's items are the keys one level below. */
    private static final List<String> BAR = List.of("menu.file", "menu.edit", "menu.view", "menu.admin",
            "bundle.hq.menu", "menu.help");

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void eachMenuHasItsOwnLetters(String lang) throws IOException {
        Properties p = MessageBundlesTest.load(lang);
        List<String> problems = new ArrayList<>();
        check(p, BAR, "menu bar", problems);
        for (String menu : BAR) {
            List<String> items = p.stringPropertyNames().stream()
                    .filter(k -> k.startsWith(menu + ".") && k.indexOf('.', menu.length() + 1) < 0).sorted().toList();
            assertThat(items).as("items of %s", menu).isNotEmpty();
            check(p, items, menu, problems);
        }
        assertThat(problems).as("mnemonics in messages_%s", lang).isEmpty();
    }

    private static void check(Properties p, List<String> keys, String where, List<String> problems) {
        Map<Character, String> taken = new HashMap<>();
        for (String key : keys) {
            String text = p.getProperty(key);
            int at = text.indexOf('_');
            if (at < 0 || at != text.lastIndexOf('_') || at + 1 >= text.length()
                    || !Character.isLetterOrDigit(text.charAt(at + 1))) {
                problems.add(where + ": " + key + "=" + text + " needs exactly one _ before a letter");
                continue;
            }
            char letter = text.substring(at + 1, at + 2).toLowerCase(Locale.ROOT).charAt(0);
            String before = taken.putIfAbsent(letter, key);
            if (before != null) {
                problems.add(where + ": " + key + " and " + before + " share the letter " + letter);
            }
        }
    }
}
