package id.humasdesk.logic.check;

import java.util.List;

/** Why a rule failed, as a message key with its arguments, ready for {@code Messages.get}. */
public record Problem(String messageKey, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String messageKey, Object... args) {
        return new Problem(messageKey, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
