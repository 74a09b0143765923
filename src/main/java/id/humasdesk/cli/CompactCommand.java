package id.humasdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Compacts the database now (offline: a new file, then renamed over the old one). */
@Command(name = "compact", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /srv/humas compact"}, description = "Compact the database now. Refused while HumasDesk uses the data directory.")
public final class CompactCommand implements Callable<Integer> {
    private final CliContext ctx;

    public CompactCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        long[] sizes = ctx.offlineStore().compact();
        ctx.out().println(ctx.messages().get("cli.compact.done", sizes[0], sizes[1]));
        return 0;
    }
}
