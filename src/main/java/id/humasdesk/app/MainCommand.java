package id.humasdesk.app;

import id.humasdesk.cli.CheckBenchCommand;
import id.humasdesk.cli.CheckEvalCommand;
import id.humasdesk.cli.CompactCommand;
import id.humasdesk.cli.JoinCommand;
import id.humasdesk.cli.RestoreCommand;
import id.humasdesk.cli.ServeCommand;
import id.humasdesk.cli.StoreCommand;
import id.humasdesk.gui.app.GuiStart;
import id.humasdesk.gui.app.HumasDeskApp;
import id.humasdesk.gui.app.StartupMeasurement;
import id.humasdesk.gui.app.StoreAccess;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.HostingPlan;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeHosting;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.FilePreferences;
import id.humasdesk.store.JoinedOffice;
import id.humasdesk.store.OfficeHost;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The launcher's command line. Without a command it starts the desktop application. */
@Command(name = "HumasDesk", mixinStandardHelpOptions = true, versionProvider = MainCommand.Version.class,
        description = "Editorial workstation for public-relations teams. Without a command, starts the desktop app.",
        footerHeading = "%nExamples:%n", footer = {"  HumasDesk --data-dir /srv/humas --lang en",
            "  HumasDesk export --help", "  HumasDesk key show --help"})
public final class MainCommand implements Callable<Integer>, Commands.Context {
    private final long jvmStartMillis;
    private final PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    private final PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    private Messages messages;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "data directory (default: $HUMASDESK_DATA_DIR or the per-user folder)")
    String dataDir;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "id|en",
            description = "language of messages (default: the workstation's choice, else id)")
    String lang;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "office database server shared by several PCs, e.g. "
                    + "jdbc:postgresql://HOST:5432/humasdesk (default: the embedded database of the data directory)")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "database user for --db-url; the password is read from $" + DB_PASSWORD_ENV)
    String dbUser;

    /** The environment variable that carries the database password for --db-url. */
    static final String DB_PASSWORD_ENV = "HUMASDESK_DB_PASSWORD";

    @Option(names = "--exit-after-start", description = "show the first window, print startup_ms=<n>, exit")
    boolean exitAfterStart;

    MainCommand(long jvmStartMillis) {
        this.jvmStartMillis = jvmStartMillis;
    }

    static int run(String[] args) {
        MainCommand root = new MainCommand(ProcessStart.epochMillis());
        if (root.acceptDesktopStart(args)) {
            // A plain desktop start skips the parser: picocli's classes are built for Java 5, so they
            // stay out of the AppCDS archive and cost about 0.1 s to load and verify before the window.
            return root.call();
        }
        Logging.quietConsole();
        return commandLine(root).execute(args);
    }

    /**
     * The whole command tree with its error handlers. Every command and subcommand answers {@code --help}
     * and {@code --version}; the version comes from the root so subcommands print the same line.
     */
    static CommandLine commandLine(MainCommand root) {
        CommandLine cl = new CommandLine(root)
                .addSubcommand(Commands.init(root))
                .addSubcommand(Commands.generate(root))
                .addSubcommand(Commands.bench(root))
                .addSubcommand(Commands.check(root))
                .addSubcommand(new CheckBenchCommand(root))
                .addSubcommand(new CheckEvalCommand(root))
                .addSubcommand(Commands.export(root))
                .addSubcommand(Commands.verify(root))
                .addSubcommand(Commands.backup(root))
                .addSubcommand(new RestoreCommand(root))
                .addSubcommand(new CompactCommand(root))
                .addSubcommand(Commands.importBundles(root))
                .addSubcommand(Commands.key(root))
                .addSubcommand(Commands.bundleBench(root))
                .addSubcommand(Commands.searchBench(root))
                .addSubcommand(Commands.render(root))
                .addSubcommand(Commands.report(root))
                .addSubcommand(Commands.publishBench(root))
                .addSubcommand(new StoreCommand(root))
                .addSubcommand(new ServeCommand(root))
                .addSubcommand(new JoinCommand(root));
        shareVersion(cl, cl.getCommandSpec().versionProvider());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            root.err().println(root.messages().describe(e));
            java.util.logging.Logger.getLogger("cli").log(java.util.logging.Level.WARNING, "Command failed", e);
            return 1;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            root.err().println(e.getMessage());
            e.getCommandLine().usage(root.err());
            return 2;
        });
        return cl;
    }

    private static void shareVersion(CommandLine cl, CommandLine.IVersionProvider version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(version);
            shareVersion(sub, version);
        }
    }

    /**
     * Takes the options of a plain desktop start: {@code --data-dir}, {@code --lang} (each as
     * {@code --name value} or {@code --name=value}) and {@code --exit-after-start}, each at most once.
     * Anything else (a command, help, a typo, a missing value) returns false and is left to picocli,
     * which also explains the mistake.
     */
    boolean acceptDesktopStart(String[] args) {
        String dir = null;
        String language = null;
        boolean exit = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if ((name.equals("--data-dir") || name.equals("--lang")) && i + 1 < args.length) {
                value = args[++i];
            }
            boolean usable = value != null && !value.isBlank() && !value.startsWith("-");
            if (name.equals("--exit-after-start") && !exit && value == null) {
                exit = true;
            } else if (name.equals("--data-dir") && dir == null && usable) {
                dir = value;
            } else if (name.equals("--lang") && language == null && usable) {
                language = value;
            } else {
                return false;
            }
        }
        dataDir = dir;
        lang = language;
        exitAfterStart = exit;
        return true;
    }

    @Override
    public Integer call() {
        // The JavaFX toolkit starts while another thread reads the preferences, opens the log and loads
        // the messages; the first window waits for both (decision 0402).
        HumasDeskApp.launch(this::prepareDesktop);
        return 0;
    }

    /** What the desktop app needs before its first window. Runs beside the toolkit's start. */
    private GuiStart prepareDesktop() {
        Path dir = dataDirectory();
        FilePreferences prefs = new FilePreferences(dir);
        Logging.toDataDirectory(dir);
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : prefs.language();
        // Month and day names in built-in controls (date picker, calendar) follow the chosen language.
        Locale.setDefault(new Messages(locale).locale());
        // An office server is probably set up already (a PC joining it goes to login); the app
        // switches to the setup wizard if it is not.
        // A PC that chose a server in the wizard, or joined a hosted office, connects directly (decisions 0602, 0620).
        boolean firstRun = dbUrl == null && !OfficeConnections.hasSaved(dir) && !joinedOffice()
                && !java.nio.file.Files.exists(dir.resolve("db").resolve("humasdesk.mv.db"));
        Clock clock = Clock.systemUTC();
        // The saved password is opened behind the window, so a failure there reaches the user as a message.
        // The desk hosts the office database first when an admin chose that (decision 0620).
        HostingDesk desk = new HostingDesk(dir, clock, this::databaseTarget);
        StoreAccess store = new StoreAccess(desk::open,
                new OfficeConnections(dir, OfficeConnections.keyDirectory(), clock, desk),
                id.humasdesk.store.FileStoreCare.offline(dir), desk);
        return new GuiStart(new Messages(locale), prefs, dir, firstRun, store,
                new StartupMeasurement(exitAfterStart, jvmStartMillis));
    }

    @Override
    public Path dataDirectory() {
        return DataDirectories.resolve(dataDir).toAbsolutePath();
    }

    @Override
    public Services open() {
        Path dir = dataDirectory();
        Logging.toDataDirectory(dir);
        return Wiring.open(dir, databaseTarget(), Clock.systemUTC());
    }

    /** The environment variable that carries an office join code for one run (never an option: it holds a secret). */
    static final String JOIN_CODE_ENV = "HUMASDESK_JOIN_CODE";

    /**
     * The office database server of --db-url; else the one the setup wizard saved in the data
     * directory (its password from $HUMASDESK_DB_PASSWORD when set, else the protected copy); else
     * the hosted office of $HUMASDESK_JOIN_CODE or of the join remembered in the data directory;
     * else null for the data directory's own database.
     */
    DatabaseTarget databaseTarget() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return DatabaseTarget.server(dbUrl, dbUser, System.getenv(DB_PASSWORD_ENV));
        }
        DatabaseTarget saved = OfficeConnections.saved(dataDirectory(), OfficeConnections.keyDirectory(),
                System.getenv(DB_PASSWORD_ENV));
        if (saved != null) {
            return saved;
        }
        String code = System.getenv(JOIN_CODE_ENV);
        if (code != null && !code.isBlank()) {
            return DatabaseTarget.hosted(JoinCode.parse(code));
        }
        return JoinedOffice.load(new DataDirectory(dataDirectory())).map(DatabaseTarget::hosted).orElse(null);
    }

    /** Whether this run uses a hosted office: a join code in the environment or one remembered here. */
    private boolean joinedOffice() {
        String code = System.getenv(JOIN_CODE_ENV);
        return (code != null && !code.isBlank())
                || JoinedOffice.load(new DataDirectory(dataDirectory())).isPresent();
    }

    @Override
    public OfficeHosting hosting() {
        Path dir = dataDirectory();
        Logging.toDataDirectory(dir);
        return new OfficeHosting() {
            @Override
            public OfficeHosting.Hosted start(String bindAddress, int port, boolean allInterfaces, boolean newCode) {
                return OfficeHost.start(new DataDirectory(dir),
                        new HostingPlan(bindAddress, port, allInterfaces, newCode), new SecureRandom(), Clock.systemUTC());
            }

            @Override
            public Office joinedOffice(JoinCode code) {
                try (Services s = Wiring.open(dir, DatabaseTarget.hosted(code), Clock.systemUTC())) {
                    return s.accounts().office().orElseThrow(() -> new UserFacingException("error.setup.notDone"));
                }
            }

            @Override
            public void remember(JoinCode code) {
                JoinedOffice.save(new DataDirectory(dir), code);
            }
        };
    }

    @Override
    public boolean hasDatabase() {
        return dbUrl != null || OfficeConnections.hasSaved(dataDirectory()) || joinedOffice()
                || new DataDirectory(dataDirectory()).hasDatabase();
    }

    @Override
    public id.humasdesk.logic.maintenance.StoreCare.Offline offlineStore() {
        Path dir = dataDirectory();
        Logging.toDataDirectory(dir);
        return id.humasdesk.store.FileStoreCare.offline(dir);
    }

    @Override
    public id.humasdesk.logic.maintenance.StoreMove storeMove() {
        Path dir = dataDirectory();
        Logging.toDataDirectory(dir);
        return new id.humasdesk.store.DatabaseCopy(new DataDirectory(dir));
    }

    @Override
    public boolean usesDatabaseServer() {
        return databaseTarget() != null;
    }

    @Override
    public String databaseUser() {
        return dbUser;
    }

    @Override
    public String databasePassword() {
        return System.getenv(DB_PASSWORD_ENV);
    }

    @Override
    public Messages messages() {
        if (messages == null) {
            messages = new Messages(lang != null ? Locale.forLanguageTag(lang) : new FilePreferences(dataDirectory())
                    .language());
        }
        return messages;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MainCommand.class.getPackage().getImplementationVersion();
            return new String[] {"HumasDesk " + (v == null ? "dev" : v)};
        }
    }
}
