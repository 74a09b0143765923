package id.humasdesk.cli;

import id.humasdesk.logic.demo.DemoGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fills the data directory with synthetic releases for demos and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /tmp/demo generate --count 1000 --seed 7"}, description = "Add N synthetic releases to an empty data directory (which becomes a demo office) or to a "
            + "demo office; an office set up with init or the wizard is refused.")
public final class GenerateCommand implements Callable<Integer> {
    private final CliContext ctx;
    private final Opener<DemoGenerator> store;

    @Option(names = "--count", required = true, description = "how many releases to add")
    int count;

    @Option(names = "--seed", defaultValue = "20261128", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    public GenerateCommand(CliContext ctx, Opener<DemoGenerator> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            ctx.err().println(ctx.messages().get("error.cli.countPositive"));
            return 2;
        }
        long start = System.nanoTime();
        try (Opener.Opened<DemoGenerator> opened = store.open()) {
            DemoGenerator s = opened.services();
            int step = Math.max(1_000, count / 20);
            DemoGenerator.Result r = s.generate(count, seed, done -> {
                if (done % step == 0 || done == count) {
                    ctx.err().println(ctx.messages().get("cli.generate.progress", done, count));
                    ctx.err().flush();
                }
            });
            if (r.officeCreated()) {
                ctx.out().println(ctx.messages().get("cli.generate.demoOffice", DemoGenerator.DEMO_PASSWORD,
                        String.join(", ", r.usernames())));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            ctx.out().println(ctx.messages().get("cli.generate.done", r.releases(), r.photos(), ms));
        }
        return 0;
    }
}
