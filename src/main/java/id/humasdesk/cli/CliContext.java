package id.humasdesk.cli;

import id.humasdesk.logic.common.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every command gets from the launcher: the data directory, the language, the output. The
 * services a command uses come through its own {@link Opener}.
 */
public interface CliContext {
    Path dataDirectory();

    /**
     * Whether the data directory already holds a database. Commands that only read from it (such
     * as {@code check}) look first, so that they never create one as a side effect.
     */
    default boolean hasDatabase() {
        return false;
    }

    Messages messages();

    /** Restore and compaction of the data directory's database while nothing has it open. */
    default id.humasdesk.logic.maintenance.StoreCare.Offline offlineStore() {
        throw new UnsupportedOperationException("no offline store in this context");
    }

    /** Moves this data directory's embedded office to an empty office database server ({@code store copy}). */
    default id.humasdesk.logic.maintenance.StoreMove storeMove() {
        throw new UnsupportedOperationException("no store copy in this context");
    }

    /** Whether {@code --db-url} names an office database server for this run. */
    default boolean usesDatabaseServer() {
        return false;
    }

    /** The database user given with {@code --db-user}, or null. */
    default String databaseUser() {
        return null;
    }

    /** The database password, from the environment variable {@code HUMASDESK_DB_PASSWORD} (never an option). */
    default String databasePassword() {
        return System.getenv("HUMASDESK_DB_PASSWORD");
    }

    /** Hosting the office database for other PCs, and joining a hosted one ({@code serve}, {@code join}). */
    default id.humasdesk.logic.hosting.OfficeHosting hosting() {
        throw new UnsupportedOperationException("no hosting in this context");
    }

    PrintWriter out();

    PrintWriter err();
}
