package id.humasdesk.model;

import java.util.Arrays;
import java.util.List;

/**
 * A failure the user must be told about. Carries a message key from the resource bundles and its
 * arguments, so every layer can refuse something without knowing the user's language.
 */
public class UserFacingException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(Arrays.stream(arguments).map(a -> a == null ? "" : a).toArray());
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
