package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Transition;
import id.humasdesk.model.Workflow;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EveryStore
class AuditAppendOnlyTest {
    @TempDir
    Path dir;

    @Test
    void theStoreRefusesToUpdateOrDeleteAuditRows() throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            var d = office.services.drafts();
            d.create(office.writer, ReleaseType.BERITA_KEGIATAN,
                    d.template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Diaudit"));
        }
        DatabaseTarget t = StoreBackends.target(dir);
        try (Connection c = DriverManager.getConnection(t.url(), t.user(), t.password())) {
            c.setAutoCommit(true);
            assertThat(count(c)).isEqualTo(1);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE audit_event SET reason = 'diubah'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThat(count(c)).isEqualTo(1);
            if (t.dialect() == DatabaseTarget.Dialect.POSTGRESQL) {
                assertThatThrownBy(() -> c.createStatement().executeUpdate("TRUNCATE audit_event"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            }
            try (var ps = c.prepareStatement("INSERT INTO audit_event (id, release_id, release_no, occurred_at, "
                    + "actor_id, actor_name, action, reason, revision_no) SELECT ?, release_id, release_no, "
                    + "occurred_at, actor_id, actor_name, 'SAVE', '', 2 FROM audit_event")) {
                ps.setObject(1, UUID.randomUUID());
                ps.executeUpdate();
            }
            assertThat(count(c)).as("appending still works").isEqualTo(2);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void refusalsNameTheMoveAndStatusInTheUsersLanguage() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> Workflow.target(ReleaseStatus.PUBLISHED, Transition.APPROVE));
        assertThat(new Messages(Messages.INDONESIAN).describe(e))
                .isEqualTo("Tindakan “Setujui” tidak dapat dilakukan pada rilis berstatus Terbit.");
        assertThat(new Messages(Messages.ENGLISH).describe(e))
                .isEqualTo("“Approve” is not possible for a release with status Published.");
    }
}
