package id.humasdesk.logic.connect;

/**
 * What a reachable office database server holds: nothing of HumasDesk yet (this PC will set up
 * the office there), or an office that is already set up (this PC joins it and goes to login).
 * Every other outcome (unreachable, wrong password, no permission, a newer schema) is a
 * {@link id.humasdesk.model.UserFacingException} with its own message.
 */
public record ServerCheck(Kind kind, String officeName, String officeCode) {
    public enum Kind { EMPTY, OFFICE }

    public static ServerCheck empty() {
        return new ServerCheck(Kind.EMPTY, "", "");
    }

    public static ServerCheck office(String name, String code) {
        return new ServerCheck(Kind.OFFICE, name, code);
    }
}
