package id.humasdesk.app;

import id.humasdesk.logic.connect.DatabaseChoice;
import id.humasdesk.logic.connect.ServerCheck;
import id.humasdesk.logic.connect.ServerSettings;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.services.Bootstrap;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.JoinedOffice;
import id.humasdesk.store.SavedConnection;
import id.humasdesk.store.SecretProtection;
import id.humasdesk.store.ServerProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The database of one PC (decision 0602): what the setup wizard chose, remembered in the data
 * directory; a server's password protected for the OS user by {@link SecretProtection}.
 */
public final class OfficeConnections implements DatabaseChoice {
    /** Overrides where the key of the key-file protection lives (tests, portable installs). */
    static final String KEY_DIR_ENV = "HUMASDESK_KEY_DIR";
    private final Path dataDir;
    private final Path keyDir;
    private final Clock clock;

    private final HostingDesk desk;

    public OfficeConnections(Path dataDir, Path keyDir, Clock clock) {
        this(dataDir, keyDir, clock, new HostingDesk(dataDir, clock, () -> null));
    }

    /** With the launcher's {@link HostingDesk}, which also tells the status bar how this PC is connected. */
    public OfficeConnections(Path dataDir, Path keyDir, Clock clock, HostingDesk desk) {
        this.dataDir = dataDir;
        this.keyDir = keyDir;
        this.clock = clock;
        this.desk = desk;
    }

    @Override
    public ServerCheck test(ServerSettings server, char[] password) {
        return ServerProbe.check(target(server, password));
    }

    @Override
    public Bootstrap useThisPc() {
        SavedConnection.forget(dataDir);
        desk.forgetPlan();
        return desk::open;
    }

    @Override
    public Bootstrap hostThisPc(String address, int port) {
        SavedConnection.forget(dataDir);
        desk.plan(address, port);
        return desk::open;
    }

    @Override
    public java.util.List<String> hostAddresses() {
        return id.humasdesk.store.OfficeHost.lanAddresses();
    }

    @Override
    public Bootstrap useServer(ServerSettings server, char[] password) {
        DatabaseTarget target = target(server, password);
        SavedConnection.save(dataDir, target, SecretProtection.forThisPc(keyDir));
        return () -> desk.open(target);
    }

    @Override
    public Joined joinHostedOffice(String joinCode) {
        JoinCode code = JoinCode.parse(joinCode);
        DatabaseTarget target = DatabaseTarget.hosted(code);
        ServerCheck check = ServerProbe.check(target);
        if (check.kind() != ServerCheck.Kind.OFFICE) {
            throw new UserFacingException("error.join.noOffice", code.hostAddress() + ":" + code.port());
        }
        SavedConnection.forget(dataDir);
        desk.forgetPlan();
        JoinedOffice.save(new DataDirectory(dataDir), code);
        return new Joined(check, () -> desk.open(target));
    }

    private static DatabaseTarget target(ServerSettings server, char[] password) {
        return DatabaseTarget.server(server.url(), server.user(), new String(password));
    }

    /**
     * The database a start of this PC opens when no {@code --db-url} is given: the saved server
     * (its password from {@code passwordOverride} when set, else the protected one), or {@code null}
     * for the data directory's own database.
     */
    public static DatabaseTarget saved(Path dataDir, Path keyDir, String passwordOverride) {
        return SavedConnection.read(dataDir).map(s -> s.target(keyDir, passwordOverride)).orElse(null);
    }

    /** True when this data directory remembers an office database server. */
    public static boolean hasSaved(Path dataDir) {
        return java.nio.file.Files.isRegularFile(dataDir.resolve(SavedConnection.FILE));
    }

    /**
     * Where the key of the key-file protection lives: {@code $HUMASDESK_KEY_DIR}, else the OS
     * user's configuration folder ({@code $XDG_CONFIG_HOME/humasdesk} or {@code ~/.config/humasdesk}),
     * deliberately outside the data directory. Windows uses DPAPI and needs no key file.
     */
    static Path keyDirectory(Map<String, String> env, String home) {
        String fromEnv = env.get(KEY_DIR_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "humasdesk") : Path.of(home, ".config", "humasdesk");
    }

    static Path keyDirectory() {
        return keyDirectory(System.getenv(), System.getProperty("user.home"));
    }
}
