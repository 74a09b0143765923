package id.humasdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Replaces the database with a backup; refused while another process holds the data directory. */
@Command(name = "restore", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk restore ~/.local/share/humasdesk/backups/humasdesk-20261206-080000.zip"}, description = "Replace the database with a backup. Refused while HumasDesk uses the data "
        + "directory; the current database is moved to db-before-restore-<time>/ first.")
public final class RestoreCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(paramLabel = "FILE", description = "the backup (.zip)")
    Path file;

    public RestoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path aside = ctx.offlineStore().restore(file);
        ctx.out().println(ctx.messages().get("cli.restore.done", file, aside));
        return 0;
    }
}
