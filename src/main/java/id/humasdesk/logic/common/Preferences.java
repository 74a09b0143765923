package id.humasdesk.logic.common;

import java.util.Locale;

/** Per-workstation choices that must be known before the database opens, such as the language. */
public interface Preferences {
    Locale language();

    void setLanguage(Locale locale);

    String lastUsername();

    void setLastUsername(String username);
}
