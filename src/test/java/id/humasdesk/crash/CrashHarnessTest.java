package id.humasdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.bundle.ExportReconciler;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The crash harness of issue 9 (decision 0030): separate JVMs killed with SIGKILL
 * ({@code Process.destroyForcibly}, the same as {@code kill -9}) at random moments inside their
 * write phase, then the store reopened and checked. Not part of the normal test run:
 * <pre>mvn -B -o test -Pcrash [-Dcrash.kills=100] [-Dcrash.seed=N] [-Dtest=CrashHarnessTest#export]</pre>
 * Each scenario prints its counts and appends them to {@code target/crash-harness/summary.txt};
 * the output of every child that ended in a bad state is kept beside it.
 */
@Tag("crash")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashHarnessTest {
    private static final String PASSWORD = DemoGenerator.DEMO_PASSWORD;
    /** Releases generated for the bundle scenarios; about three quarters are approved or later. */
    private static final int GENERATED = 5_000;
    private static final long MAX_TYPING_LOST_MS = 5_000;

    static final Path WORK = Path.of(System.getProperty("crash.work", "target/crash-harness")).toAbsolutePath();
    static final int KILLS = Integer.getInteger("crash.kills", 100);
    static final long SEED = Long.getLong("crash.seed", 20261206L);

    private static Path office;
    private static Path officeBeforeExport;
    /** Releases generated for the export scenario (a smaller office: each kill needs a fresh export). */
    private static final int GENERATED_FOR_EXPORT = Integer.getInteger("crash.exportGenerated", 1_000);
    private static Path bundle;
    private static Path hqTemplate;
    private static int bundleItems;

    @BeforeAll
    static void folders() throws IOException {
        Files.createDirectories(WORK);
    }

    // ---------------------------------------------------------------- editor autosave

    @Test
    @Order(1)
    void killsWhileTyping() throws Exception {
        Path dir = WORK.resolve("typing");
        deleteTree(dir);
        Child.run(List.of("--lang", "en", "--data-dir", dir.toString(), "generate", "--count", "1"), null);
        Random rnd = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<Long> lostMs = new ArrayList<>();
        int kills = 0;
        int attempts = 0;
        while (kills < KILLS && attempts < KILLS * 2) {
            attempts++;
            long seed = rnd.nextLong();
            String outcome;
            try (Child c = Child.start(TypingChild.class.getName(), List.of(dir.toString(), "penulis1", PASSWORD,
                    Long.toString(seed)), null)) {
                Child.Line first = c.await(0, s -> s.startsWith("SAVED") || s.startsWith("ERROR"), 120_000);
                if (first == null || first.text().startsWith("ERROR")) {
                    // The store a previous kill left cannot be used: counted, kept aside, made anew.
                    c.kill();
                    c.saveOutput(WORK.resolve("typing-failed-" + attempts + ".log"));
                    String why = c.lines().stream().map(Child.Line::text).filter(t -> t.contains("Exception"))
                            .findFirst().orElse("no autosave within 120 s");
                    outcomes.merge("NEXT START FAILED (store left by the previous kill): "
                            + why.substring(0, Math.min(160, why.length())), 1, Integer::sum);
                    copyTree(dir, WORK.resolve("typing-failed-" + attempts + "-store"));
                    deleteTree(dir);
                    Child.run(List.of("--lang", "en", "--data-dir", dir.toString(), "generate", "--count", "1"),
                            null);
                    continue;
                }
                // Half the kills at a random moment of the typing, half during an autosave's write.
                if (rnd.nextBoolean()) {
                    Thread.sleep(rnd.nextInt(9_000));
                } else {
                    c.await(c.size(), s -> s.startsWith("TICK"), 10_000);
                    Thread.sleep(rnd.nextInt(25));
                }
                long killedAt = c.kill();
                if (killedAt < 0) {
                    outcomes.merge("ended before the kill (not counted)", 1, Integer::sum);
                    continue;
                }
                kills++;
                outcome = checkRecovery(dir, TypingChild.text(seed), c.lines(), killedAt, lostMs);
                if (!outcome.startsWith("ok")) {
                    c.saveOutput(WORK.resolve("typing-" + kills + ".log"));
                }
            }
            outcomes.merge(outcome, 1, Integer::sum);
            progress("typing", kills, outcomes);
        }
        lostMs.sort(Comparator.naturalOrder());
        String lost = lostMs.isEmpty() ? "" : String.format(" typing lost: median %d ms, max %d ms",
                lostMs.get(lostMs.size() / 2), lostMs.get(lostMs.size() - 1));
        report("typing", kills, outcomes, lost);
        assertThat(kills).isEqualTo(KILLS);
        assertThat(outcomes.keySet()).allMatch(k -> k.startsWith("ok") || k.startsWith("ended"));
    }


    /**
     * Reopens as the app does and looks for the recovery the shell would offer: it must hold all
     * the text typed up to 5 s before the kill.
     */
    private static String checkRecovery(Path dir, String text, List<Child.Line> lines, long killedAt,
            List<Long> lostMs) {
        try (Services s = Wiring.open(dir, Clock.systemUTC())) {
            User writer = s.accounts().login("penulis1", PASSWORD.toCharArray());
            List<Recovery> pending = s.drafts().pendingRecoveries(writer);
            try {
                if (pending.size() != 1) {
                    return "no recovery offered (" + pending.size() + " records)";
                }
                String body = String.join("\n", pending.get(0).content().paragraphs());
                if (!text.startsWith(body)) {
                    return "recovery is not what was typed";
                }
                // When did the typist reach what the recovery holds?
                long reached = -1;
                for (Child.Line l : lines) {
                    if (l.text().startsWith("TYPED ")) {
                        String[] f = l.text().split(" ");
                        if (text.substring(0, Integer.parseInt(f[1])).strip().length() >= body.length()) {
                            reached = Long.parseLong(f[2]);
                            break;
                        }
                    }
                }
                if (reached < 0) {
                    return "recovery holds more than was typed";
                }
                // Typed after 'reached' is lost; the next keystroke after it came at most 330 ms later.
                long lost = Math.max(0, killedAt - reached);
                lostMs.add(lost);
                return lost <= MAX_TYPING_LOST_MS ? "ok: recovery offered, <= 5 s lost" : "more than 5 s lost";
            } finally {
                pending.forEach(r -> s.drafts().discardRecovery(r.id()));
            }
        } catch (RuntimeException e) {
            return "store unreadable: " + e;
        }
    }

    // ---------------------------------------------------------------- bundles: shared set-up

    /** An office with GENERATED releases, its bundle, and an HQ that trusts its key (made once). */
    private static synchronized void bundleSetUp() throws Exception {
        if (hqTemplate != null) {
            return;
        }
        Path root = WORK.resolve("bundles");
        deleteTree(root);
        office = root.resolve("office");
        officeBeforeExport = root.resolve("office-before-export");
        hqTemplate = root.resolve("hq-template");
        bundle = root.resolve("kaur.humas.zip");
        Child.run(List.of("--lang", "en", "--data-dir", office.toString(), "generate", "--count",
                Integer.toString(GENERATED), "--seed", "9"), null);
        List<Child.Line> out = Child.run(List.of("--lang", "en", "--data-dir", office.toString(), "export", "--user",
                "admin", "--out", bundle.toString()), PASSWORD);
        bundleItems = out.stream().map(Child.Line::text).filter(s -> s.matches("[\\d,.]+ releases, .*")).findFirst()
                .map(s -> Integer.parseInt(s.substring(0, s.indexOf(' ')).replaceAll("[,.]", ""))).orElseThrow();
        assertThat(bundleItems).as("releases in the bundle").isGreaterThanOrEqualTo(3_000);
        Path key = root.resolve("kaur.key.json");
        Child.run(List.of("--lang", "en", "--data-dir", office.toString(), "key", "export", "--out", key.toString()),
                null);
        Child.run(List.of("--lang", "en", "--data-dir", hqTemplate.toString(), "init", "--office-name",
                "Bawaslu Republik Indonesia", "--office-code", "RI", "--level", "pusat", "--admin", "admin"),
                PASSWORD);
        Child.run(List.of("--lang", "en", "--data-dir", hqTemplate.toString(), "key", "trust", key.toString(),
                "--user", "admin"), PASSWORD);
    }

    /** Milliseconds between two marker lines of one uninterrupted run. */
    private static long between(List<Child.Line> lines, String from, String to) {
        long a = -1;
        for (Child.Line l : lines) {
            if (a < 0 && l.text().contains(from)) {
                a = l.at();
            } else if (a >= 0 && l.text().contains(to)) {
                return l.at() - a;
            }
        }
        throw new AssertionError("no '" + from + "' then '" + to + "' in:\n" + lines);
    }

    // ---------------------------------------------------------------- HQ import

    @Test
    @Order(2)
    void killsDuringImportAtHeadquarters() throws Exception {
        bundleSetUp();
        Path hq = WORK.resolve("bundles/hq");
        List<String> importArgs = List.of("--lang", "en", "--data-dir", hq.toString(), "import", "--user", "admin",
                bundle.toString());
        // What "before" and "after" look like in every table the import writes.
        deleteTree(hq);
        copyTree(hqTemplate, hq);
        hqBefore = hqCounts(hq);
        // One run without a kill measures the phases: writing (the transaction) and closing.
        deleteTree(hq);
        copyTree(hqTemplate, hq);
        long started = System.currentTimeMillis();
        List<Child.Line> calib = Child.run(importArgs, PASSWORD);
        long ended = System.currentTimeMillis();
        long writeMs = between(calib, "bundle(s): writing", "bundle(s): committed");
        Child.Line counts = calib.stream().filter(l -> l.text().startsWith("New: ")).findFirst().orElseThrow();
        long closeMs = Math.max(50, ended - counts.at());
        hqAfter = hqCounts(hq);
        assertThat(hqAfter).as("after the uninterrupted import").startsWith(bundleItems + " releases, 1 bundle rows")
                .isNotEqualTo(hqBefore);
        assertThat(hqBefore).as("the HQ template").startsWith("0 releases, 0 bundle rows");
        String timing = String.format(" (uninterrupted: %d ms in all, write transaction %d ms, close %d ms)",
                ended - started, writeMs, closeMs);

        Random rnd = new Random(SEED + 1);
        Map<String, Integer> outcomes = new TreeMap<>();
        int kills = 0;
        int attempts = 0;
        while (kills < KILLS && attempts < KILLS * 3) {
            attempts++;
            deleteTree(hq);
            copyTree(hqTemplate, hq);
            boolean duringClose = rnd.nextInt(100) < 35;
            String phase;
            try (Child c = Child.start(MarkedMain.class.getName(), importArgs, PASSWORD)) {
                Child.Line mark = duringClose ? c.await(0, s -> s.startsWith("New: "), 600_000)
                        : c.await(0, s -> s.contains("bundle(s): writing"), 600_000);
                if (mark == null) {
                    c.saveOutput(WORK.resolve("import-nomark-" + attempts + ".log"));
                    throw new AssertionError("no marker from the import child:\n" + c.output());
                }
                Thread.sleep(rnd.nextInt((int) (duringClose ? closeMs : writeMs) + 1));
                long killedAt = c.kill();
                boolean committed = c.lines().stream().anyMatch(l -> l.text().contains("bundle(s): committed"));
                if (killedAt < 0) {
                    outcomes.merge("ended before the kill (not counted)", 1, Integer::sum);
                    continue;
                }
                kills++;
                phase = duringClose ? "killed while closing" : committed ? "killed just after the commit"
                        : "killed in the write transaction";
                String state = readHq(hq);
                if (!state.startsWith("before") && !state.startsWith("after")) {
                    c.saveOutput(WORK.resolve("import-" + kills + ".log"));
                    copyTree(hq, WORK.resolve("import-" + kills + "-store"));
                }
                if (committed && state.startsWith("before")) {
                    state = "LOST a returned commit" + (duringClose ? " (success was printed)" : "") + ": " + state;
                }
                outcomes.merge(phase + " -> " + state, 1, Integer::sum);
                progress("import", kills, outcomes);
            }
        }
        report("import of " + bundleItems + " releases", kills, outcomes, timing);
        assertThat(kills).isEqualTo(KILLS);
        assertThat(outcomes.keySet()).allMatch(k -> k.contains("-> before") || k.contains("-> after")
                || k.startsWith("ended"));
    }

    /**
     * Opens the store as the app does, then reads every received row through JDBC and counts every
     * table the import writes, the releases also through both secondary indexes (a half-committed
     * transaction shows up as indexes that disagree with the table). Returns "before" (the counts of
     * the HQ template), "after" (the counts after the uninterrupted import) or what is wrong.
     */
    private static String readHq(Path hq) {
        String counts = hqCounts(hq);
        if (counts.startsWith("app cannot") || counts.startsWith("UNREADABLE") || counts.startsWith("INDEXES")) {
            return counts;
        }
        if (counts.equals(hqBefore)) {
            return "before: nothing imported";
        }
        if (counts.equals(hqAfter)) {
            return "after: all " + bundleItems + " releases, bundle recorded";
        }
        return "PARTIAL: " + counts;
    }

    /** What {@link #readHq} compares: the HQ template's counts and those after the uninterrupted import. */
    private static String hqBefore;
    private static String hqAfter;

    private static String hqCounts(Path hq) {
        try {
            Wiring.open(hq, Clock.systemUTC()).close();
        } catch (RuntimeException e) {
            return "app cannot open the store: " + e;
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + hq.resolve("db/humasdesk"), "humasdesk", "");
                Statement st = c.createStatement()) {
            int rows = 0;
            try (ResultSet rs = st.executeQuery("SELECT * FROM received_release")) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getString(i);
                    }
                    rows++;
                }
            }
            int byOffice = count(st, "SELECT COUNT(*) FROM received_release USE INDEX (received_release_office_idx) "
                    + "WHERE origin_office IS NOT NULL");
            int byStatus = count(st, "SELECT COUNT(*) FROM received_release USE INDEX (received_release_status_idx) "
                    + "WHERE status IS NOT NULL");
            String counts = String.format("%d releases, %d bundle rows, %d offices, %d conflicts, %d keys", rows,
                    count(st, "SELECT COUNT(*) FROM bundle_received"), count(st, "SELECT COUNT(*) FROM received_office"),
                    count(st, "SELECT COUNT(*) FROM received_conflict"),
                    count(st, "SELECT COUNT(*) FROM trusted_office_key"));
            if (byOffice != rows || byStatus != rows) {
                return "INDEXES DISAGREE: " + counts + ", " + byOffice + " and " + byStatus + " through the indexes";
            }
            return counts;
        } catch (Exception e) {
            return "UNREADABLE: " + e;
        }
    }

    private static int count(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    // ---------------------------------------------------------------- export

    @Test
    @Order(3)
    void killsDuringExport() throws Exception {
        officeBeforeExport = WORK.resolve("export-template");
        deleteTree(officeBeforeExport);
        Child.run(List.of("--lang", "en", "--data-dir", officeBeforeExport.toString(), "generate", "--count",
                Integer.toString(GENERATED_FOR_EXPORT), "--seed", "10"), null);
        Path dir = WORK.resolve("exporter");
        List<String> exportArgs = List.of("--lang", "en", "--data-dir", dir.toString(), "export", "--user", "admin");
        deleteTree(dir);
        copyTree(officeBeforeExport, dir);
        long started = System.currentTimeMillis();
        List<Child.Line> calib = Child.run(exportArgs, PASSWORD);
        long ended = System.currentTimeMillis();
        long writeMs = between(calib, ": writing ", ": recorded, renaming");
        Child.Line written = calib.stream().filter(l -> l.text().startsWith("Bundle written: ")).findFirst()
                .orElseThrow();
        long closeMs = Math.max(50, ended - written.at());
        assertThat(checkExports(dir)).startsWith("agree: file and record");
        int exported = calib.stream().map(Child.Line::text).filter(t -> t.matches("[\\d,.]+ releases, .*"))
                .findFirst().map(t -> Integer.parseInt(t.substring(0, t.indexOf(' ')).replaceAll("[,.]", "")))
                .orElseThrow();
        String timing = String.format(" (uninterrupted: %d ms in all, writing the .part file %d ms, close %d ms)",
                ended - started, writeMs, closeMs);

        Random rnd = new Random(SEED + 2);
        Map<String, Integer> outcomes = new TreeMap<>();
        int kills = 0;
        int attempts = 0;
        while (kills < KILLS && attempts < KILLS * 3) {
            attempts++;
            deleteTree(dir);
            copyTree(officeBeforeExport, dir);
            int pick = rnd.nextInt(100);
            String phase;
            try (Child c = Child.start(MarkedMain.class.getName(), exportArgs, PASSWORD)) {
                Child.Line mark;
                long delay;
                if (pick < 45) { // while the bundle is written
                    phase = "killed writing the .part file";
                    mark = c.await(0, s -> s.contains(": writing "), 600_000);
                    delay = rnd.nextInt((int) writeMs + 1);
                } else if (pick < 70) { // right at the commit and the rename
                    phase = "killed at the commit/rename";
                    mark = c.await(0, s -> s.contains(": writing "), 600_000);
                    Child.Line rec = c.await(0, s -> s.contains(": recorded, renaming"), 600_000);
                    mark = rec == null ? mark : rec;
                    delay = rnd.nextInt(4);
                } else { // closing, after the success line
                    phase = "killed while closing";
                    mark = c.await(0, s -> s.startsWith("Bundle written: "), 600_000);
                    delay = rnd.nextInt((int) closeMs + 1);
                }
                if (mark == null) {
                    c.saveOutput(WORK.resolve("export-nomark-" + attempts + ".log"));
                    throw new AssertionError("no marker from the export child:\n" + c.output());
                }
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                long killedAt = c.kill();
                if (killedAt < 0) {
                    outcomes.merge("ended before the kill (not counted)", 1, Integer::sum);
                    continue;
                }
                kills++;
                boolean printed = c.lines().stream().anyMatch(l -> l.text().startsWith("Bundle written: "));
                boolean recorded = c.lines().stream().anyMatch(l -> l.text().contains(": recorded, renaming"));
                String state = checkExports(dir);
                if (recorded && !state.startsWith("agree: file and record")) {
                    state = "LOST a returned commit" + (printed ? " (success was printed)" : "") + ": " + state;
                }
                if (!state.startsWith("agree")) {
                    c.saveOutput(WORK.resolve("export-" + kills + ".log"));
                }
                outcomes.merge(phase + " -> " + state, 1, Integer::sum);
                progress("export", kills, outcomes);
            }
        }
        report("export of " + exported + " releases", kills, outcomes, timing);
        assertThat(kills).isEqualTo(KILLS);
        assertThat(outcomes.keySet()).allMatch(k -> k.contains("-> agree") || k.startsWith("ended"));
    }

    /** Runs the start-up pass as the app does, then compares export files and export history. */
    private static String checkExports(Path dir) {
        ExportReconciler.Report rep;
        try (Services s = Wiring.open(dir, Clock.systemUTC())) {
            rep = s.bundles().reconcileExports();
        } catch (RuntimeException e) {
            return "app cannot open the store: " + e;
        }
        List<String[]> records = new ArrayList<>();
        Map<String, Integer> items = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/humasdesk"), "humasdesk",
                "");
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT bundle_id, file_path, file_size, file_sha256, item_count "
                    + "FROM bundle_export")) {
                while (rs.next()) {
                    records.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT bundle_id, COUNT(*) FROM bundle_export_item GROUP BY bundle_id")) {
                while (rs.next()) {
                    items.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (Exception e) {
            return "UNREADABLE: " + e;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("exports"))) {
            files = s.toList();
        } catch (IOException e) {
            files = List.of();
        }
        List<String> finals = files.stream().map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".key.json"))
                .sorted().toList();
        String repaired = rep.completed().isEmpty() ? "" : " (rename finished at start)";
        if (!rep.orphans().isEmpty()) {
            return "ORPHAN: a bundle without its record, set aside as .unrecorded at start";
        }
        if (records.isEmpty()) {
            return finals.isEmpty() ? "agree: neither file nor record" : "DISAGREE: files " + finals + ", no record";
        }
        if (records.size() != 1 || finals.size() != 1) {
            return "DISAGREE: " + records.size() + " records, files " + finals;
        }
        String[] r = records.get(0);
        Path f = Path.of(r[1]);
        try {
            if (!Files.exists(f) || Files.size(f) != Long.parseLong(r[2]) || !sha256(f).equals(r[3])) {
                return "DISAGREE: recorded file " + f + " missing or different";
            }
        } catch (IOException e) {
            return "DISAGREE: " + e;
        }
        if (!Integer.valueOf(Integer.parseInt(r[4])).equals(items.get(r[0]))) {
            return "DISAGREE: " + r[4] + " items recorded, " + items.get(r[0]) + " marked sent";
        }
        return "agree: file and record" + repaired;
    }

    // ---------------------------------------------------------------- helpers

    private static void report(String scenario, int kills, Map<String, Integer> outcomes, String extra)
            throws IOException {
        StringBuilder b = new StringBuilder(String.format("%s: %d kills (seed %d)%s%n", scenario, kills, SEED, extra));
        outcomes.forEach((k, v) -> b.append(String.format("  %4d  %s%n", v, k)));
        System.out.print(b);
        Files.writeString(WORK.resolve("summary.txt"), b, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Counts so far, rewritten after every kill, so a long run can be read while it goes on. */
    private static void progress(String scenario, int kills, Map<String, Integer> outcomes) throws IOException {
        StringBuilder b = new StringBuilder(String.format("%s: %d kills so far (seed %d)%n", scenario, kills, SEED));
        outcomes.forEach((k, v) -> b.append(String.format("  %4d  %s%n", v, k)));
        Files.writeString(WORK.resolve(scenario + "-progress.txt"), b);
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
