package id.humasdesk.logic.connect;


/**
 * Where an office database server is and who this PC signs in as; the password travels apart and
 * is never part of these settings.
 */
public record ServerSettings(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;

    public ServerSettings {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
    }

    /** The JDBC URL of these settings (an IPv6 address gets its brackets). */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }
}
