package id.humasdesk.logic.connect;

import java.util.Locale;

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

    /** Reads back the settings from a URL written by {@link #url()}; empty fields when it is not one. */
    public static ServerSettings fromUrl(String url, String user) {
        String prefix = "jdbc:postgresql://";
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return new ServerSettings("", DEFAULT_PORT, "", user);
        }
        String rest = url.substring(prefix.length());
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String db = slash < 0 ? "" : rest.substring(slash + 1).split("\\?")[0];
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && colon > hostPort.lastIndexOf(']')) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = DEFAULT_PORT;
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ServerSettings(host, port, db, user);
    }
}
