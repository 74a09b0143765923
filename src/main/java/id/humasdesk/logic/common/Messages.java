package id.humasdesk.logic.common;

import id.humasdesk.model.UserFacingException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: Indonesian by default, English selectable. Both front ends format their
 * texts and every {@link UserFacingException} through this.
 */
public final class Messages {
    public static final String BUNDLE = "id.humasdesk.i18n.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The message for a failure; unknown failures get a generic text (the detail is in the log). */
    public String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                Object[] args = u.arguments();
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof String s && s.startsWith("enum.") && bundle.containsKey(s)) {
                        args[i] = bundle.getString(s);
                    }
                }
                return get(u.messageKey(), args);
            }
        }
        return get("error.unexpected");
    }

    /** Enum labels live in the bundle as {@code enum.<Type>.<NAME>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getClass().getSimpleName() + "." + value.name());
    }
}
