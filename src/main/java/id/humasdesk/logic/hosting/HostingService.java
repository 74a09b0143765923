package id.humasdesk.logic.hosting;

import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * An admin turns this PC into the office host, changes its address or port, asks for a new join
 * code, or stops hosting (decision note 0620). Only admins, checked against the stored user. The
 * choice takes effect at the next start of the app: H2 fixes the address it listens on when it
 * loads, which is before this PC's own database opens (see the decision note).
 */
public final class HostingService {
    /** Below this the port needs root on Linux and collides with well-known services. */
    public static final int MIN_PORT = 1024;
    private final HostingPlans plans;
    private final Supplier<List<String>> addresses;
    private final BiFunction<User, Role, User> authority;
    private final Runnable onCodeShown;
    private final java.util.function.BooleanSupplier ownDatabase;

    /**
     * @param addresses this PC's LAN addresses (slow: lists the network interfaces)
     * @param authority returns the stored user when it holds the role, else throws
     * @param onCodeShown forgets the new join code kept in memory once an admin has seen it
     */
    public HostingService(HostingPlans plans, Supplier<List<String>> addresses, BiFunction<User, Role, User> authority,
            Runnable onCodeShown) {
        this(plans, addresses, authority, onCodeShown, () -> true);
    }

    /**
     * @param ownDatabase whether this PC works on its own database (a PC that uses a server or
     *        another PC's database has nothing to host)
     */
    public HostingService(HostingPlans plans, Supplier<List<String>> addresses, BiFunction<User, Role, User> authority,
            Runnable onCodeShown, java.util.function.BooleanSupplier ownDatabase) {
        this.ownDatabase = ownDatabase;
        this.plans = plans;
        this.addresses = addresses;
        this.authority = authority;
        this.onCodeShown = onCodeShown;
    }

    /** The remembered choice, if this PC hosts (or will from its next start). */
    public Optional<HostingPlan> plan() {
        return plans.load();
    }

    /** The addresses an admin may pick: this PC's LAN addresses, IPv4 first. */
    public List<String> addresses() {
        return addresses.get();
    }

    /**
     * Remembers that this PC hosts on {@code address}:{@code port} from its next start. The address
     * must be one of this PC's (or loopback, which only this PC can reach); every interface
     * (0.0.0.0 or ::) only with {@code allInterfaces}. A first plan, a changed address or port, or
     * {@code newCode} makes a new join code at that start.
     */
    public HostingPlan host(User actor, String address, int port, boolean allInterfaces, boolean newCode) {
        authority.apply(actor, Role.ADMIN);
        if (!ownDatabase.getAsBoolean()) {
            throw new UserFacingException("error.hosting.notOwnDatabase");
        }
        String a = address == null ? "" : address.strip();
        InetAddress ip = literal(a);
        if (ip.isAnyLocalAddress() && !allInterfaces) {
            throw new UserFacingException("error.hosting.allInterfaces");
        }
        if (!ip.isAnyLocalAddress() && !ip.isLoopbackAddress() && !addresses.get().contains(ip.getHostAddress())) {
            throw new UserFacingException("error.host.notThisPc", a, String.join(", ", addresses.get()));
        }
        if (port < MIN_PORT || port > 65_535) {
            throw new UserFacingException("error.hosting.port", String.valueOf(MIN_PORT));
        }
        Optional<HostingPlan> before = plans.load();
        boolean changed = before.map(p -> !p.address().equals(ip.getHostAddress()) || p.port() != port).orElse(true);
        HostingPlan plan = new HostingPlan(ip.getHostAddress(), port, ip.isAnyLocalAddress(),
                newCode || changed || before.get().newCode());
        plans.save(plan);
        return plan;
    }

    /** This PC stops hosting at its next start; the join code stays valid if it hosts again later. */
    public void stop(User actor) {
        authority.apply(actor, Role.ADMIN);
        plans.clear();
    }

    /** An admin has seen the new join code: the next start keeps it instead of making another. */
    public void codeShown(User actor) {
        authority.apply(actor, Role.ADMIN);
        plans.load().ifPresent(p -> plans.save(p.withNewCode(false)));
        onCodeShown.run();
    }

    private static InetAddress literal(String a) {
        // Only IP literals: a name would be looked up, and could point elsewhere later.
        if (a.isEmpty() || !(a.matches("[0-9.]+") || a.contains(":"))) {
            throw new UserFacingException("error.hosting.address", a);
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            throw new UserFacingException(e, "error.hosting.address", a);
        }
    }
}
