package id.humasdesk.app;

import id.humasdesk.cli.BackupCommand;
import id.humasdesk.cli.BenchCommand;
import id.humasdesk.cli.BundleBenchCommand;
import id.humasdesk.cli.CheckCommand;
import id.humasdesk.cli.CliContext;
import id.humasdesk.cli.ExportCommand;
import id.humasdesk.cli.GenerateCommand;
import id.humasdesk.cli.ImportCommand;
import id.humasdesk.cli.InitCommand;
import id.humasdesk.cli.KeyCommand;
import id.humasdesk.cli.Opener;
import id.humasdesk.cli.PublishBenchCommand;
import id.humasdesk.cli.RenderCommand;
import id.humasdesk.cli.ReportCommand;
import id.humasdesk.cli.SearchBenchCommand;
import id.humasdesk.cli.VerifyCommand;
import id.humasdesk.logic.services.Services;
import java.util.function.Function;

/**
 * The commands that open the store, each given only its share of the services (decision note
 * 0043). The launcher and the command tests build them here alike.
 */
public final class Commands {
    private Commands() {
    }

    /** A command context that can also open the data directory's services (the launcher, a test). */
    public interface Context extends CliContext {
        /** Opens the data directory (locks it, migrates the database). Close the result when done. */
        Services open();
    }

    /** Opens the store for one command run and hands the command its {@code share} of the services. */
    static <T> Opener<T> share(Context ctx, Function<Services, T> share) {
        return () -> {
            Services s = ctx.open();
            try {
                return new Opener.Opened<>(share.apply(s), s);
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
        };
    }

    public static InitCommand init(Context ctx) {
        return new InitCommand(ctx, share(ctx, Services::accounts));
    }

    public static GenerateCommand generate(Context ctx) {
        return new GenerateCommand(ctx, share(ctx, Services::demo));
    }

    public static BenchCommand bench(Context ctx) {
        return new BenchCommand(ctx, share(ctx, s -> new BenchCommand.Deps(s.accounts(), s.clock(), s.library(),
                s.schedule())));
    }

    public static CheckCommand check(Context ctx) {
        return new CheckCommand(ctx, share(ctx, s -> new CheckCommand.Deps(s.accounts(), s.writing())));
    }

    public static ExportCommand export(Context ctx) {
        return new ExportCommand(ctx, share(ctx, s -> new ExportCommand.Deps(s.accounts(), s.bundles(), s.clock())));
    }

    public static VerifyCommand verify(Context ctx) {
        return new VerifyCommand(ctx, share(ctx, Services::bundles));
    }

    public static BackupCommand backup(Context ctx) {
        return new BackupCommand(ctx, share(ctx, s -> new BackupCommand.Deps(s.clock(), s.storeCare())));
    }

    public static ImportCommand importBundles(Context ctx) {
        return new ImportCommand(ctx, share(ctx, s -> new ImportCommand.Deps(s.accounts(), s.bundles())));
    }

    public static KeyCommand key(Context ctx) {
        return new KeyCommand(ctx, share(ctx, s -> new KeyCommand.Deps(s.accounts(), s.bundles())));
    }

    public static BundleBenchCommand bundleBench(Context ctx) {
        return new BundleBenchCommand(ctx, share(ctx, s -> new BundleBenchCommand.Deps(s.accounts(), s.bundles(),
                s.dataDirectory(), s.media())));
    }

    public static SearchBenchCommand searchBench(Context ctx) {
        return new SearchBenchCommand(ctx, share(ctx, s -> new SearchBenchCommand.Deps(s.library(), s.search())));
    }

    public static RenderCommand render(Context ctx) {
        return new RenderCommand(ctx, share(ctx, s -> new RenderCommand.Deps(s.accounts(), s.publish())));
    }

    public static ReportCommand report(Context ctx) {
        return new ReportCommand(ctx, share(ctx, s -> new ReportCommand.Deps(s.accounts(), s.publish())));
    }

    public static PublishBenchCommand publishBench(Context ctx) {
        return new PublishBenchCommand(ctx, share(ctx, s -> new PublishBenchCommand.Deps(s.drafts(), s.library(),
                s.publish())));
    }
}
