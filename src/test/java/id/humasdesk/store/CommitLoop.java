package id.humasdesk.store;

import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * A child process for crash tests: opens the store of a data directory, then saves recovery rows
 * through the app's own repository, printing {@code committed N} after each save has returned,
 * until it is killed. Keeps the newest five rows so the store also has garbage to reuse.
 * Arguments: data directory, pause between saves in ms.
 */
public final class CommitLoop {
    static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

    private CommitLoop() {
    }

    static UUID id(long n) {
        return new UUID(0xC0DEL, n);
    }

    public static void main(String[] args) throws Exception {
        DataDirectory dir = new DataDirectory(Path.of(args[0]));
        dir.lock();
        long pause = Long.parseLong(args[1]);
        Database db = Database.open(dir);
        db.with(c -> {
            try (var ps = c.prepareStatement("MERGE INTO app_user (id, username, full_name, roles, active, "
                    + "password_hash, created_at) KEY (id) VALUES (?, 'crash', 'Crash Test', 'WRITER', TRUE, 'x', "
                    + "CURRENT_TIMESTAMP)")) {
                ps.setObject(1, USER);
                ps.executeUpdate();
            }
            return null;
        });
        JdbcRecoveryRepository repo = new JdbcRecoveryRepository(db);
        long start = repo.list(USER).stream().mapToLong(r -> r.id().getLeastSignificantBits()).max().orElse(0);
        String text = "Bawaslu Kabupaten Kaur mengawasi tahapan pemutakhiran data pemilih. ".repeat(20);
        for (long n = start + 1; ; n++) {
            repo.put(new Recovery(id(n), USER, null, ReleaseType.SIARAN_PERS,
                    ReleaseContent.empty().withHeadline("Rilis " + n).withParagraphs(java.util.List.of(text)), Instant.now()));
            // Reported before the oldest row goes: a kill after that removal but before the line would
            // otherwise leave one row fewer than the test expects from the last line it saw.
            System.out.println("committed " + n);
            System.out.flush();
            if (n - 5 > 0) {
                repo.remove(id(n - 5));
            }
            if (pause > 0) {
                Thread.sleep(pause);
            }
        }
    }
}
