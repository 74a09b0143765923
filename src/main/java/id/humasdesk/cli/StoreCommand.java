package id.humasdesk.cli;

import id.humasdesk.logic.maintenance.StoreMove;
import id.humasdesk.model.UserFacingException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The office database as a whole: moving it to a server. */
@Command(name = "store", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk store copy --help"}, description = "The office database as a whole.",
        subcommands = {StoreCommand.Copy.class})
public final class StoreCommand implements Callable<Integer> {
    final CliContext ctx;

    public StoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.err().println(ctx.messages().get("cli.store.usage"));
        return 2;
    }

    /** {@code store copy}: the embedded office of the data directory into an empty server database. */
    @Command(name = "copy", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
            footer = {"  export HUMASDESK_DB_PASSWORD='kata-sandi-pemilik'",
                "  HumasDesk --data-dir /srv/humas store copy --to-db-url jdbc:postgresql://server:5432/humasdesk "
                        + "--db-user humas_owner"},
            description = "Copy the office of the data directory's own database into an EMPTY office database "
                    + "server (every table, in one transaction), then compare row counts and content checksums of "
                    + "every table. The original is only read. HumasDesk must not be running on the data directory. "
                    + "The user is --db-user, the password comes from $HUMASDESK_DB_PASSWORD.")
    static final class Copy implements Callable<Integer> {
        @ParentCommand
        StoreCommand parent;

        @Option(names = "--to-db-url", required = true, paramLabel = "URL",
                description = "the empty database to fill, e.g. jdbc:postgresql://HOST:5432/humasdesk")
        String toUrl;

        @Override
        public Integer call() {
            CliContext ctx = parent.ctx;
            if (ctx.usesDatabaseServer()) {
                throw new UserFacingException("error.copy.sourceIsServer");
            }
            var m = ctx.messages();
            StoreMove.Result r = ctx.storeMove().copyTo(
                    new StoreMove.Destination(toUrl, ctx.databaseUser(), ctx.databasePassword()),
                    new StoreMove.Progress() {
                        @Override
                        public void copied(String table, long done, long total) {
                            ctx.err().println(m.get("cli.storeCopy.progress", table, done, total));
                            ctx.err().flush();
                        }

                        @Override
                        public void verified(String table, long rows, String checksum) {
                            ctx.out().println(m.get("cli.storeCopy.verified", table, rows, checksum.substring(0, 16)));
                        }
                    });
            ctx.out().println(m.get("cli.storeCopy.done", r.tables().size(), r.totalRows(), r.millis()));
            if (r.photoFiles() > 0) {
                ctx.out().println(m.get("cli.storeCopy.photos", r.photoFiles(), ctx.dataDirectory().resolve("media")));
            }
            return 0;
        }
    }
}
