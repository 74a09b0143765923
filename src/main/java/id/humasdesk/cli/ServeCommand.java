package id.humasdesk.cli;

import id.humasdesk.logic.hosting.OfficeHosting;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** This PC hosts the office database for the other PCs of the office, without a window. */
@Command(name = "serve", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /srv/humas serve --bind 192.168.1.10",
            "  HumasDesk serve --bind 192.168.1.10 --port 9092 --new-join-code"},
        description = "Host the office database of this data directory for the other PCs of the office (H2's TCP "
                + "server on loopback, reached only through a TLS 1.3 tunnel with this PC's own certificate, pinned by "
                + "the join code: see src/docs/several-pcs.md, \"An office where one PC hosts\"). Listens only on the LAN address "
                + "given with --bind. Prints the office join code once, when it is made. Runs until stopped (Ctrl+C).")
public final class ServeCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--bind", required = true, paramLabel = "ADDRESS",
            description = "this PC's LAN address to listen on, e.g. 192.168.1.10 (0.0.0.0 only with --all-interfaces)")
    String bind;

    @Option(names = "--port", defaultValue = "9092", description = "TCP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--new-join-code", description = "make a new join code; PCs that joined with the old one must "
            + "join again")
    boolean newCode;

    @Option(names = "--all-interfaces", description = "allow --bind 0.0.0.0 (every network this PC is on; not advised)")
    boolean allInterfaces;

    public ServeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        var m = ctx.messages();
        OfficeHosting.Hosted host = ctx.hosting().start(bind, port, allInterfaces, newCode);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "serve-stop"));
        ctx.out().println(m.get("cli.serve.started", host.address(), String.valueOf(host.port())));
        ctx.out().println(m.get("cli.serve.tls", host.certificateFingerprint()));
        host.newCode().ifPresentOrElse(
                code -> ctx.out().println(m.get("cli.serve.joinCode", code.text())),
                () -> ctx.out().println(m.get("cli.serve.sameCode")));
        ctx.out().flush();
        stopped.await();
        return 0;
    }
}
