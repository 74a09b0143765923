package id.humasdesk.support;

import id.humasdesk.store.Database;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (META-INF/services, autodetection on in junit-platform.properties):
 * fails the test during which any code path gave a connection back to the pool with a transaction
 * still open. The store rolls such a transaction back and logs a WARNING; here it is an error.
 */
public final class NoLeftoverTransactions implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoLeftoverTransactions.class);
    private static final AtomicLong EXPECTED = new AtomicLong();

    /** For the one test that leaves transactions open on purpose, to prove they are caught. */
    public static void expect(long n) {
        EXPECTED.addAndGet(n);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EXPECTED.set(0);
        context.getStore(NS).put("before", Database.leftoverTransactions());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        long before = context.getStore(NS).get("before", Long.class);
        long found = Database.leftoverTransactions() - before - EXPECTED.getAndSet(0);
        if (found != 0) {
            throw new AssertionError(found + " connection(s) went back to the pool with a transaction open during "
                    + context.getDisplayName() + "; see the WARNING with the stack in the log");
        }
    }
}
