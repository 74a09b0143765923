package id.humasdesk.gui.publish;

import id.humasdesk.gui.DialogService;
import id.humasdesk.gui.Prompts;
import id.humasdesk.gui.TaskExecutor;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.Services;
import id.humasdesk.logic.publish.OutputFormat;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.File;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File → Laporan Bulanan…: asks for the month and a file, writes the report in the background. */
public final class ReportAction {
    private ReportAction() {
    }

    public static void run(Window owner, Services services, TaskExecutor executor, DialogService dialogs, Messages m,
            User user, YearMonth suggested) {
        Prompts.text(owner, m, m.get("report.title"), m.get("report.monthPrompt"), suggested.toString())
                .ifPresent(text -> {
                    YearMonth month;
                    try {
                        month = YearMonth.parse(text.strip());
                    } catch (DateTimeParseException e) {
                        dialogs.error(new UserFacingException(e, "error.cli.monthInvalid", text));
                        return;
                    }
                    FileChooser fc = new FileChooser();
                    fc.setTitle(m.get("report.title"));
                    fc.setInitialFileName("laporan-kehumasan-" + month + ".pdf");
                    fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                            new FileChooser.ExtensionFilter("DOCX", "*.docx"));
                    File file = fc.showSaveDialog(owner);
                    if (file == null) {
                        return;
                    }
                    OutputFormat f = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                            ? OutputFormat.DOCX : OutputFormat.PDF;
                    executor.run(() -> OutputsViewModel.write(services.publish().report(user, month, f).bytes(),
                            file.toPath()), p -> dialogs.info(m.get("report.title"), m.get("outputs.saved", p)),
                            dialogs::error);
                });
    }
}
