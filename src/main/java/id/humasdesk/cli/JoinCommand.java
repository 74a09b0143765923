package id.humasdesk.cli;

import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.model.Office;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** This PC joins the office database another PC hosts, with the office join code. */
@Command(name = "join", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk join          (then type or paste the join code and press Enter)",
            "  echo \"$KODE\" | HumasDesk --data-dir D:\\humas join"},
        description = "Join the office database that another PC of the office hosts: reads the office join code "
                + "from standard input (never from the command line), tests the connection, and remembers it in the "
                + "data directory. After that the app opens straight to the login screen.")
public final class JoinCommand implements Callable<Integer> {
    private final CliContext ctx;

    public JoinCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        var m = ctx.messages();
        ctx.err().print(m.get("cli.join.prompt"));
        ctx.err().flush();
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        JoinCode code = JoinCode.parse(line);
        Office office = ctx.hosting().joinedOffice(code);
        ctx.hosting().remember(code);
        ctx.out().println(m.get("cli.join.done", office.name(), code.hostAddress() + ":" + code.port()));
        return 0;
    }
}
