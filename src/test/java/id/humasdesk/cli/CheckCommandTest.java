package id.humasdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless {@code check} command: its output format, its exit codes, its use of the data directory. */
class CheckCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The real regency release that ships in the app (Bantuan, Buka Contoh Rilis), as a file to check. */
    private Path sample;

    @org.junit.jupiter.api.BeforeEach
    void copySample() throws java.io.IOException {
        sample = dir.resolve("release-kaur-konsolidasi-humas.txt");
        try (var in = CheckCommandTest.class.getResourceAsStream("/id/humasdesk/demo/sample-release.txt")) {
            Files.copy(java.util.Objects.requireNonNull(in, "sample release resource"), sample);
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final CliContext ctx = new CliContext() {
        private final PrintWriter o = new PrintWriter(out, true);
        private final PrintWriter e = new PrintWriter(err, true);

        @Override
        public Path dataDirectory() {
            return dir.resolve("data");
        }

        @Override
        public boolean hasDatabase() {
            return Files.exists(dataDirectory().resolve("db").resolve("humasdesk.mv.db"));
        }

        @Override
        public Messages messages() {
            return new Messages(Messages.INDONESIAN);
        }

        @Override
        public PrintWriter out() {
            return o;
        }

        @Override
        public PrintWriter err() {
            return e;
        }
    };

    private int run(String... args) {
        return new CommandLine(new CheckCommand(ctx, () -> {
            Services s = Wiring.open(ctx.dataDirectory(), CLOCK);
            return new Opener.Opened<>(new CheckCommand.Deps(s.accounts(), s.writing()), s);
        })).execute(args);
    }

    private List<String[]> rows() {
        return out.toString().lines().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void printsOneTabSeparatedFindingPerLineForTheSample() {
        assertThat(run(sample.toString())).isZero();
        List<String[]> rows = rows();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r).hasSize(5);
            assertThat(r[0]).isEqualTo(sample.toString());
            assertThat(Integer.parseInt(r[1])).isPositive();
            assertThat(r[3]).isIn("spelling", "nonstandard", "style");
        });
        assertThat(row(rows, "Kosolidasi")).satisfies(r -> {
            assertThat(r[1]).isEqualTo("1");
            assertThat(r[3]).isEqualTo("spelling");
            assertThat(r[4].split(",")[0]).isEqualTo("Konsolidasi");
        });
        assertThat(row(rows, "Adminstrasi")[4].split(",")[0]).isEqualTo("Administrasi");
        assertThat(row(rows, "efektifitas")).containsExactly(sample.toString(), "19", "efektifitas", "nonstandard",
                "efektivitas");
        assertThat(rows).extracting(r -> r[2]).doesNotContain("Bawaslu", "Kaur", "Pemilu", "pemilu", "Bengkulu", "Batam");
        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("data")).as("no data directory is created").doesNotExist();
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillChecked() throws Exception {
        Path text = Files.writeString(dir.resolve("rilis.txt"), "Silahkan hubungi panitia.\n");
        int code = run(dir.resolve("tidak-ada.txt").toString(), dir.toString(), text.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("tidak-ada.txt tidak ditemukan", "adalah folder");
        assertThat(out.toString().strip()).isEqualTo(text + "\t1\tSilahkan\tnonstandard\tSilakan");
    }

    @Test
    void windowsTextAndNoSuggestionsOption() throws Exception {
        Path text = dir.resolve("lama.txt");
        Files.write(text, "Pengawasn tahapan\r\ndilaksanakan di Kaur \u2013 caf\u00e9".getBytes("windows-1252"));
        assertThat(run("--no-suggestions", text.toString())).isZero();
        assertThat(rows()).extracting(Arrays::asList).containsExactly(
                List.of(text.toString(), "1", "Pengawasn", "spelling", ""),
                List.of(text.toString(), "2", "caf\u00e9", "spelling", ""));
    }

    @Test
    void usesTheOfficeWordListAndOfficeNameOfAnExistingDataDirectory() throws Exception {
        try (Services s = Wiring.open(ctx.dataDirectory(), CLOCK)) {
            Office office = new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
                    Province.BENGKULU.zone().zoneId());
            User admin = s.accounts().setUp(new OfficeSetup(office, "admin", "Admin Humas", "rahasia-123".toCharArray()));
            User writer = s.accounts().addUser(admin, "rina", "Rina Marlina", Set.of(Role.WRITER),
                    "rahasia-123".toCharArray());
            s.writing().addToDictionary(writer, "Hidayat");
        }
        Path text = Files.writeString(dir.resolve("rilis.txt"), "Laporan itu diterima Hidayat kemarin sore.\n"
                + "Tim Humas Bawaslu Kaur\n");
        assertThat(run(text.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo(text + "\t2\tBawaslu Kaur\tstyle\tBawaslu Kabupaten Kaur");
    }

    private static String[] row(List<String[]> rows, String word) {
        return rows.stream().filter(r -> r[2].equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + word));
    }
}
