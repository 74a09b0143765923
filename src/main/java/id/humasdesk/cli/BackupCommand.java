package id.humasdesk.cli;

import id.humasdesk.logic.maintenance.StoreCare;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A consistent backup of the database now. */
@Command(name = "backup", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk backup", "  HumasDesk --data-dir /srv/humas backup --out /media/usb/humas-cadangan.zip"}, description = "Make a backup of the database now (into the data directory's backups "
        + "folder, or to --out FILE).")
public final class BackupCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(Clock clock, StoreCare storeCare) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the backup (a .zip)")
    Path out;

    public BackupCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() {
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            StoreCare.BackupInfo b = s.storeCare().backupNow(s.clock().instant(), Optional.ofNullable(out));
            ctx.out().println(ctx.messages().get("cli.backup.done", b.file(), b.bytes()));
        }
        return 0;
    }
}
