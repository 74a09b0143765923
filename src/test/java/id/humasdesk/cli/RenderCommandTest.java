package id.humasdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Commands;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.TestOffice;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** render and report from the command line: headless, signed in, never over an existing file without --force. */
class RenderCommandTest {
    @TempDir
    Path tmp;
    private final java.io.InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private BundleCommandsTest.Run run(Function<BundleCommandsTest.Ctx, Callable<Integer>> command, String... args) {
        BundleCommandsTest.Ctx ctx = new BundleCommandsTest.Ctx(tmp.resolve("kaur"));
        System.setIn(new ByteArrayInputStream((TestOffice.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        CommandLine cl = new CommandLine(command.apply(ctx));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            ctx.err().println(ctx.messages().describe(ex));
            return 1;
        });
        int exit = cl.execute(args);
        return new BundleCommandsTest.Run(exit, ctx.out.toString(), ctx.err.toString());
    }

    @Test
    void renderWritesAPdfRefusesToOverwriteWithoutForceAndReportWritesTheMonth() throws Exception {
        Release r;
        try (TestOffice o = new TestOffice(tmp.resolve("kaur"))) {
            var c = o.services.drafts().template(o.writer, ReleaseType.SIARAN_PERS).withHeadline("Apel Siaga Pengawasan")
                    .withParagraphs(List.of("Apel digelar di halaman kantor."));
            r = o.services.drafts().create(o.writer, ReleaseType.SIARAN_PERS, c);
            r = o.services.review().submit(o.writer, r.id(), r.version());
            r = o.services.review().approve(o.reviewer, r.id(), r.version());
        }
        Path pdf = tmp.resolve("out/rilis.pdf");
        BundleCommandsTest.Run first = run(Commands::render, "--user", "rina", "--release", r.id().toString(),
                "--format", "pdf", "--out", pdf.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        try (var d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(d)).contains("Apel Siaga Pengawasan", "SIARAN PERS");
        }
        long size = Files.size(pdf);
        BundleCommandsTest.Run again = run(Commands::render, "--user", "rina", "--release", r.id().toString(),
                "--format", "card", "--out", pdf.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains(pdf.toString());
        assertThat(Files.size(pdf)).as("existing file untouched").isEqualTo(size);
        BundleCommandsTest.Run forced = run(Commands::render, "--user", "rina", "--release", r.id().toString(),
                "--format", "card", "--layout", "3", "--portrait", "--out", pdf.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        var img = javax.imageio.ImageIO.read(pdf.toFile());
        assertThat(img.getHeight()).isEqualTo(1350);
        BundleCommandsTest.Run report = run(Commands::report, "--user", "rina", "--month", "2026-11", "--format",
                "docx", "--out", tmp.resolve("laporan.docx").toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(tmp.resolve("laporan.docx")).exists();
    }
}
