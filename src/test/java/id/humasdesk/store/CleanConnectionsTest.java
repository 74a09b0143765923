package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.support.NoLeftoverTransactions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections go back to the pool clean, and the store keeps the settings its guarantee rests on. */
class CleanConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void aTransactionLeftOpenIsRolledBackCountedAndTheNextConnectionIsClean() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            long before = Database.leftoverTransactions();
            NoLeftoverTransactions.expect(1);
            // A pooled connection as a repository gets it, given back with its transaction open.
            try (var c = db.connection()) {
                c.setAutoCommit(false);
                try (var st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO setting (setting_name, setting_value) VALUES ('left.open', 'x')");
                }
            }
            assertThat(Database.leftoverTransactions()).isEqualTo(before + 1);
            int seen;
            try (var c = db.connection(); var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT COUNT(*) FROM setting WHERE setting_name = 'left.open'")) {
                rs.next();
                assertThat(c.getAutoCommit()).as("the next connection is in auto-commit").isTrue();
                seen = rs.getInt(1);
            }
            assertThat(seen).as("the abandoned insert was rolled back").isZero();
        }
    }

    @Test
    void afterTypicalWorkNoSessionHoldsUncommittedChanges() {
        try (Database db = Database.open(new DataDirectory(dir))) {
            var settings = new JdbcSettingsRepository(db);
            settings.put("a", "1");
            db.run(() -> settings.put("b", "2"));
            try {
                db.run(() -> {
                    settings.put("c", "3");
                    throw new IllegalStateException("refused");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            int open = db.with(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(open).isZero();
            assertThat(settings.get("c")).isEmpty();
        }
    }

    @Test
    void theStoreAppendsChunksInsteadOfReusingSpace() {
        try (Database db = Database.open(new DataDirectory(dir))) {
            assertThat(db.with(H2Store::reusesSpace)).as("space reuse loses commits after a kill (note 0017)")
                    .isFalse();
        }
    }
}
