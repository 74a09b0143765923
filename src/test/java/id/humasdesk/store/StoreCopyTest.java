package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.maintenance.StoreMove;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Comment;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.MutableClock;
import id.humasdesk.support.StoreBackends;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code store copy}: an embedded office moves to an empty server database (PostgreSQL when the
 * test server is given, and an H2 TCP server always) and works there; the original stays as it was.
 */
class StoreCopyTest {
    private static final char[] PW = DemoGenerator.DEMO_PASSWORD.toCharArray();
    private static final String HEADLINE = "Pengawasan Kampanye di Pasar Bintuhan";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));

    @TempDir
    Path tmp;

    /** What the source office holds, read before the copy. */
    private record Source(int libraryCount, UUID marked, Map<String, Long> counts, String fileHash) {
    }

    private Source makeOffice(Path dir, int releases) throws Exception {
        UUID marked;
        int count;
        try (Services s = Wiring.open(dir, null, clock)) {
            s.demo().generate(releases, 7, n -> { });
            User admin = s.accounts().login("admin", PW);
            User writer = s.accounts().login("penulis1", PW);
            User reviewer = s.accounts().login("penyunting", PW);
            var c = s.drafts().template(writer, ReleaseType.BERITA_KEGIATAN).withHeadline(HEADLINE)
                    .withParagraphs(List.of("Bawaslu Kabupaten Kaur mengawasi kampanye di pasar."));
            Release r = s.drafts().create(writer, ReleaseType.BERITA_KEGIATAN, c);
            s.review().submit(writer, r.id(), r.version());
            Comment asked = s.comments().add(reviewer, r.id(), 0, null, "Mohon lengkapi nama narasumber.");
            s.comments().add(writer, r.id(), 0, asked.id(), "Sudah saya lengkapi.");
            s.writing().addToDictionary(admin, "Bintuhan");
            marked = r.id();
            count = s.library().count(LibraryFilter.ALL);
        }
        return new Source(count, marked, counts(DatabaseCopy.readOnlyUrl(new DataDirectory(dir)), "humasdesk", ""),
                fileHash(dir));
    }

    private static Map<String, Long> counts(String url, String user, String password) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (String t : DatabaseCopy.tableNames(c)) {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String fileHash(Path dir) throws Exception {
        Path f = H2Store.file(new DataDirectory(dir).database());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    /** Everything a user would notice on the copy: sign-in, the library, search, and saving new work. */
    private void assertTheCopyWorks(Path otherPc, DatabaseTarget target, Source source) throws Exception {
        try (Services s = Wiring.open(otherPc, target, clock)) {
            User writer = s.accounts().login("penulis1", PW);
            assertThat(s.library().count(LibraryFilter.ALL)).isEqualTo(source.libraryCount());
            assertThat(s.search().awaitReady(Duration.ofMinutes(2))).isTrue();
            var hits = s.search().search(new LibraryFilter(null, null, null, "kampanye Bintuhan", false), 20);
            assertThat(hits).isPresent();
            assertThat(hits.get().rows()).extracting(r -> r.id()).contains(source.marked());
            assertThat(s.comments().list(source.marked())).hasSize(2)
                    .anySatisfy(c -> assertThat(c.parentId()).isNotNull());
            // New work on the copy: the release counter, the outbox identity and the audit log go on.
            Release fresh = s.drafts().create(writer, ReleaseType.SIARAN_PERS, s.drafts()
                    .template(writer, ReleaseType.SIARAN_PERS).withHeadline("Rilis pertama setelah pindah"));
            Release submitted = s.review().submit(writer, fresh.id(), fresh.version());
            assertThat(submitted.number()).isNotBlank();
            assertThat(s.library().count(LibraryFilter.ALL)).isEqualTo(source.libraryCount() + 1);
        }
    }

    private static List<String> progressOf(StoreMove move, StoreMove.Destination to, List<StoreMove.TableCheck> out) {
        List<String> lines = new ArrayList<>();
        StoreMove.Result r = move.copyTo(to, new StoreMove.Progress() {
            @Override
            public void copied(String table, long done, long total) {
                lines.add(table + " " + done + "/" + total);
            }

            @Override
            public void verified(String table, long rows, String checksum) {
                lines.add("ok " + table + " " + rows);
            }
        });
        out.addAll(r.tables());
        return lines;
    }

    @Test
    void anOfficeMovesToAnEmptyPostgresqlDatabaseAndASecondCopyIsRefused() throws Exception {
        var server = StoreBackends.server();
        Assumptions.assumeTrue(server.isPresent(), "PostgreSQL run skipped: no server given "
                + "(-Dhumasdesk.test.pg.url=jdbc:postgresql://HOST:PORT/postgres or HUMASDESK_TEST_PG_URL, see README)");
        Path dir = tmp.resolve("kantor");
        Source source = makeOffice(dir, 400);
        String db = "hd_copy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = server.get().admin(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        try {
            DatabaseTarget target = DatabaseTarget.server(server.get().urlOf(db), server.get().user(),
                    server.get().password());
            var to = new StoreMove.Destination(target.url(), target.user(), target.password());
            List<StoreMove.TableCheck> checks = new ArrayList<>();
            List<String> progress = progressOf(new DatabaseCopy(new DataDirectory(dir)), to, checks);

            assertThat(progress).contains("press_release " + source.counts().get("press_release") + "/"
                    + source.counts().get("press_release"));
            Map<String, Long> copied = counts(target.url(), target.user(), target.password());
            assertThat(copied).as("every table, every row").isEqualTo(source.counts());
            assertThat(source.counts().get("audit_event")).isPositive();
            assertThat(source.counts().get("publication_plan")).isPositive();
            assertThat(checks).extracting(StoreMove.TableCheck::table).containsAll(source.counts().keySet());
            assertThat(fileHash(dir)).as("the H2 original is untouched").isEqualTo(source.fileHash());

            assertThatThrownBy(() -> new DatabaseCopy(new DataDirectory(dir)).copyTo(to, noProgress()))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(new Messages(Messages.ENGLISH).describe(e))
                            .contains("is not empty", "press_release (" + source.counts().get("press_release") + ")"));

            assertTheCopyWorks(tmp.resolve("pc2"), target, source);
        } finally {
            try (Connection admin = server.get().admin(); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aPostgresqlDatabaseHoldingOtherTablesIsRefusedAndLeftAlone() throws Exception {
        var server = StoreBackends.server();
        Assumptions.assumeTrue(server.isPresent(), "PostgreSQL run skipped: no server given (see README)");
        Path dir = tmp.resolve("kantor");
        makeOffice(dir, 5);
        String db = "hd_copy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = server.get().admin(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        try {
            String url = server.get().urlOf(db);
            try (Connection c = DriverManager.getConnection(url, server.get().user(), server.get().password());
                    Statement st = c.createStatement()) {
                st.execute("CREATE TABLE gaji (nama VARCHAR(40))");
            }
            var to = new StoreMove.Destination(url, server.get().user(), server.get().password());
            assertThatThrownBy(() -> new DatabaseCopy(new DataDirectory(dir)).copyTo(to, noProgress()))
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.copy.notEmpty"));
            assertThat(counts(url, server.get().user(), server.get().password())).containsOnlyKeys("gaji");
        } finally {
            try (Connection admin = server.get().admin(); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    @Test
    void anOfficeMovesToAnH2ServerDatabaseToo() throws Exception {
        Path dir = tmp.resolve("kantor");
        Source source = makeOffice(dir, 150);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir",
                tmp.resolve("server").toString(), "-ifNotExists").start();
        try {
            DatabaseTarget target = DatabaseTarget.server("jdbc:h2:tcp://127.0.0.1:" + port + "/kaur", "pemilik", "rahasia");
            var to = new StoreMove.Destination(target.url(), target.user(), target.password());
            List<StoreMove.TableCheck> checks = new ArrayList<>();
            progressOf(new DatabaseCopy(new DataDirectory(dir)), to, checks);

            assertThat(counts(target.url(), target.user(), target.password())).isEqualTo(source.counts());
            assertThat(fileHash(dir)).isEqualTo(source.fileHash());
            assertTheCopyWorks(tmp.resolve("pc2"), target, source);
        } finally {
            h2.stop();
        }
    }

    private static StoreMove.Progress noProgress() {
        return new StoreMove.Progress() {
            @Override
            public void copied(String table, long done, long total) {
            }

            @Override
            public void verified(String table, long rows, String checksum) {
            }
        };
    }
}
