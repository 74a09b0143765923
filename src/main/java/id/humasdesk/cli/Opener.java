package id.humasdesk.cli;

/**
 * Opens the data directory for one command run and hands the command only the services it uses
 * (decision note 0043). The launcher, which knows every service, decides the share; the command
 * closes the result when done, which shuts the store down.
 *
 * @param <T> what the command uses: one service, or a record of a few
 */
@FunctionalInterface
public interface Opener<T> {
    /** Locks the data directory and opens (and migrates) its database. */
    Opened<T> open();

    /** A run's share of the opened store; closing it closes the store. */
    record Opened<T>(T services, AutoCloseable store) implements AutoCloseable {
        @Override
        public void close() {
            try {
                store.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Closing the data directory failed", e);
            }
        }
    }
}
