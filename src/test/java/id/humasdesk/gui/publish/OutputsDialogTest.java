package id.humasdesk.gui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.FxTaskExecutor;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.TestOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Copy puts the web HTML and its plain twin on the clipboard; Open writes the file and hands it to the viewer. */
@ExtendWith(ApplicationExtension.class)
class OutputsDialogTest {
    @TempDir
    Path dir;
    TestOffice office;
    Release approved;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void approve() {
        office = new TestOffice(dir);
        var s = office.services;
        ReleaseContent c = new ReleaseContent("Bawaslu Kaur Gelar Apel Siaga Pengawasan Masa Tenang", "", "Kaur",
                java.time.LocalDate.of(2026, 11, 29), "Bawaslu Kabupaten Kaur menggelar apel siaga di halaman kantor.",
                List.of("Apel diikuti seluruh jajaran pengawas ad hoc.", "Ketua menekankan netralitas."),
                List.of(), List.of("pengawasan"), "Masa Tenang", "Narahubung: Rina (0812-7000-1234)", "Rina Marlina",
                "Tim Humas", List.of());
        Release r = s.drafts().create(office.writer, ReleaseType.SIARAN_PERS, c);
        r = s.review().submit(office.writer, r.id(), r.version());
        approved = s.review().approve(office.reviewer, r.id(), r.version());
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void copyPutsRichAndPlainTextOnTheClipboard(FxRobot robot) throws Exception {
        Messages m = new Messages(Messages.INDONESIAN);
        OutputsViewModel vm = new OutputsViewModel(Screens.outputsDeps(office.services), new FxTaskExecutor(), m, office.reviewer,
                approved.id(), errors::add);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
            new OutputsDialog(vm, m).show(stage);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, vm.loaded::get);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#outputs-copy-html").queryButton().isDisabled());
        robot.clickOn("#outputs-copy-html");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.status.get().isEmpty() || !errors.isEmpty());
        assertThat(errors).isEmpty();
        AtomicReference<String> html = new AtomicReference<>();
        AtomicReference<String> plain = new AtomicReference<>();
        robot.interact(() -> {
            html.set(Clipboard.getSystemClipboard().getHtml());
            plain.set(Clipboard.getSystemClipboard().getString());
        });
        assertThat(html.get()).contains("<h1>Bawaslu Kaur Gelar Apel Siaga Pengawasan Masa Tenang</h1>")
                .doesNotContain("style=");
        assertThat(plain.get()).contains("Bawaslu Kaur Gelar Apel Siaga Pengawasan Masa Tenang")
                .contains("Apel diikuti seluruh jajaran pengawas ad hoc.").doesNotContain("<p>");
    }

    @Test
    void openWritesTheFileIntoTheOutputFolderAndHandsItToTheViewer() throws Exception {
        OutputsViewModel vm = new OutputsViewModel(Screens.outputsDeps(office.services), TaskExecutor.sameThread(),
                new Messages(Messages.INDONESIAN), office.reviewer, approved.id(), errors::add);
        vm.load();
        List<Path> opened = new ArrayList<>();
        vm.open(OutputFormat.PDF, opened::add);
        assertThat(errors).isEmpty();
        assertThat(opened).hasSize(1);
        Path pdf = opened.get(0);
        assertThat(pdf.getParent().getFileName().toString()).isEqualTo("keluaran");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(vm.status.get()).contains(pdf.toString());

        vm.open(OutputFormat.DOCX, f -> {
            throw new java.io.IOException("no viewer for DOCX on this PC");
        });
        assertThat(errors).as("a missing viewer is reported, not swallowed").hasSize(1);
    }
}
