package id.humasdesk.app;

import id.humasdesk.logic.hosting.HostingPlan;
import id.humasdesk.logic.hosting.HostingPlans;
import id.humasdesk.logic.hosting.HostingService;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeHosting;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.Database;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.FileHostingPlans;
import id.humasdesk.store.OfficeHost;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Opens the desktop app's store on this PC and says how it reaches the office database (decision
 * note 0620). When an admin chose that this PC hosts, the host starts first (H2 must learn the
 * address to listen on before anything in this JVM loads it) and the app's own services share the
 * same database file in this process; the choice is remembered, so the PC hosts again after every
 * restart. If hosting cannot start (the address is no longer this PC's, the port is taken) the app
 * still opens on its own database and says why in the status bar.
 */
public final class HostingDesk implements OfficeLink {
    private static final Logger LOG = Logger.getLogger(HostingDesk.class.getName());
    private final Path dataDir;
    private final Clock clock;
    private final Supplier<DatabaseTarget> target;
    private final HostingPlans plans;
    private volatile Kind kind = Kind.THIS_PC;
    private volatile String where = "";
    private volatile Services services;
    private volatile OfficeHosting.Hosted host;
    private volatile UserFacingException problem;
    private volatile JoinCode newCode;

    /** {@code target} is the database the launcher would open (null: this PC's own). */
    public HostingDesk(Path dataDir, Clock clock, Supplier<DatabaseTarget> target) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.target = target;
        this.plans = new FileHostingPlans(dataDir);
    }

    /** The bootstrap of the desktop app: hosts first when an admin chose it, then opens the services. */
    public Services open() {
        return open(target.get());
    }

    /** Opens {@code t} (null: this PC's own database, hosted for the others when an admin chose it). */
    Services open(DatabaseTarget t) {
        Optional<HostingPlan> plan = t == null ? plans.load() : Optional.empty();
        if (plan.isPresent()) {
            HostingPlan p = plan.get();
            OfficeHosting.Hosted h = null;
            try {
                h = startHost(p);
                Services s = Wiring.openHosting(dataDir, clock, h);
                host = h;
                kind = Kind.HOSTING;
                where = p.where();
                problem = null;
                h.newCode().ifPresent(c -> {
                    newCode = c;
                    plans.save(p.withNewCode(true)); // made again at the next start until an admin saw it
                });
                services = s;
                return s;
            } catch (UserFacingException e) {
                if (h != null) {
                    h.close();
                }
                problem = e;
                LOG.warning("This PC was chosen to host the office database on " + p.where() + " but does not: "
                        + e.messageKey());
            }
        }
        Services s = Wiring.open(dataDir, t, clock);
        kind = t == null ? Kind.THIS_PC : t.isHosted() ? Kind.HOSTED : Kind.SERVER;
        where = t == null ? "" : t.serverName();
        services = s;
        return s;
    }

    /**
     * Starts the host. A first run (the wizard's "this PC hosts") has no database yet: it is made
     * first, after keeping H2 on loopback, since H2 fixes its listening address when it loads.
     */
    private OfficeHosting.Hosted startHost(HostingPlan p) {
        OfficeHost.keepH2OnLoopback();
        DataDirectory dir = new DataDirectory(dataDir);
        if (!dir.hasDatabase()) {
            dir.lock();
            try {
                Database.open(dir).close();
            } finally {
                dir.close();
            }
        }
        return OfficeHost.start(new DataDirectory(dataDir), p, new SecureRandom(), clock);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public State check() {
        Services s = services;
        if (s == null) {
            return State.unreachable(null);
        }
        try {
            s.accounts().isSetUp(); // one small query through the pool: a dead host's connection is replaced
            OfficeHosting.Hosted h = host;
            return State.reached(h == null ? 0 : h.connectedPcs());
        } catch (UserFacingException e) {
            return State.unreachable(e);
        }
    }

    @Override
    public Optional<UserFacingException> hostingProblem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public Optional<JoinCode> newCode() {
        return Optional.ofNullable(newCode);
    }

    @Override
    public HostingService hosting() {
        return new HostingService(plans, OfficeHost::lanAddresses, (u, r) -> {
            Services s = services;
            if (s == null) {
                throw new UserFacingException("error.auth.notSignedIn");
            }
            return s.accounts().requireRole(u, r);
        }, () -> newCode = null, () -> kind == Kind.THIS_PC || kind == Kind.HOSTING);
    }

    /** The wizard's "this PC hosts": remembered with a new join code, then opened like every later start. */
    void plan(String address, int port) {
        plans.save(new HostingPlan(address, port, false, true));
    }

    /** The wizard chose something else: this PC does not host. */
    void forgetPlan() {
        plans.clear();
    }
}
