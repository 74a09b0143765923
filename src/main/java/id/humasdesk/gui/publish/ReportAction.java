package id.humasdesk.gui.publish;

import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.common.Prompts;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Services;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.logic.publish.Output;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.File;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Laporan Bulanan… and Bundel Masuk → Rekap Kehumasan Jajaran…: asks for the month and a
 * file, writes the report in the background.
 */
public final class ReportAction {
    private ReportAction() {
    }

    public static void run(Window owner, Services services, TaskExecutor executor, DialogService dialogs, Messages m,
            User user, YearMonth suggested) {
        ask(owner, executor, dialogs, m, services, suggested, m.get("report.title"), "laporan-kehumasan-",
                (month, f) -> services.publish().report(user, month, f));
    }

    /** The summary over the offices below this one, from the bundles received. */
    public static void runRegional(Window owner, Services services, TaskExecutor executor, DialogService dialogs,
            Messages m, User user, YearMonth suggested) {
        ask(owner, executor, dialogs, m, services, suggested, m.get("report.regionalTitle"), "rekap-kehumasan-",
                (month, f) -> services.publish().regionalReport(user, month, f));
    }

    private static void ask(Window owner, TaskExecutor executor, DialogService dialogs, Messages m, Services services,
            YearMonth suggested, String title, String filePrefix,
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
                    // Not tied to a window: the report is written even if the window that asked closes.
                    new ScreenTasks(executor, dialogs::error).task(() -> OutputsViewModel.write(
                            make.apply(month, f).bytes(),
                            id.humasdesk.logic.common.OutputFiles.check(file.toPath(), services.dataDirectory(), true)))
                            .onSuccess(p -> dialogs.info(title, m.get("outputs.saved", p))).start();
                });
    }
}
