package id.humasdesk.gui.publish;

import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Prompts;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.publish.Output;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.logic.publish.PublishService;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Laporan Bulanan… and Bundel Masuk → Rekap Kehumasan Jajaran…: asks for the month and a
 * file, writes the report in the background.
 */
public final class ReportAction {
    private final PublishService publish;
    private final Path dataDirectory;
    /** Not tied to a window: a report is written even if the window that asked closes. */
    private final ScreenTasks tasks;
    private final DialogService dialogs;
    private final Messages m;

    /** Reports are written with {@code publish}, only to files outside {@code dataDirectory}. */
    public ReportAction(PublishService publish, Path dataDirectory, TaskExecutor executor, DialogService dialogs,
            Messages m) {
        this.publish = publish;
        this.dataDirectory = dataDirectory;
        this.tasks = new ScreenTasks(executor, dialogs::error);
        this.dialogs = dialogs;
        this.m = m;
    }

    /** The monthly report of the signed-in user's office. */
    public void run(Window owner, User user, YearMonth suggested) {
        ask(owner, suggested, m.get("report.title"), "laporan-kehumasan-",
                (month, f) -> publish.report(user, month, f));
    }

    /** The summary over the offices below this one, from the bundles received. */
    public void runRegional(Window owner, User user, YearMonth suggested) {
        ask(owner, suggested, m.get("report.regionalTitle"), "rekap-kehumasan-",
                (month, f) -> publish.regionalReport(user, month, f));
    }

    private void ask(Window owner, YearMonth suggested, String title, String filePrefix,
            java.util.function.BiFunction<YearMonth, OutputFormat, Output> make) {
        Prompts.text(owner, m, title, m.get("report.monthPrompt"), suggested.toString())
                .ifPresent(text -> {
                    YearMonth month;
                    try {
                        month = YearMonth.parse(text.strip());
                    } catch (DateTimeParseException e) {
                        dialogs.error(new UserFacingException(e, "error.cli.monthInvalid", text));
                        return;
                    }
                    FileChooser fc = new FileChooser();
                    fc.setTitle(title);
                    fc.setInitialFileName(filePrefix + month + ".pdf");
                    fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                            new FileChooser.ExtensionFilter("DOCX", "*.docx"));
                    File file = fc.showSaveDialog(owner);
                    if (file == null) {
                        return;
                    }
                    OutputFormat f = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                            ? OutputFormat.DOCX : OutputFormat.PDF;
                    tasks.task(() -> OutputsViewModel.write(
                            make.apply(month, f).bytes(),
                            id.humasdesk.logic.common.OutputFiles.check(file.toPath(), dataDirectory, true)))
                            .onSuccess(p -> dialogs.info(title, m.get("outputs.saved", p))).start();
                });
    }
}
