package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command in the tree, nested ones included, answers {@code --help}: exit 0, its options with their
 * descriptions and at least one example. The tree is walked, so a new command is covered without a new test.
 */
class CommandHelpTest {

    @TestFactory
    Stream<DynamicTest> everyCommandExplainsItself() {
        List<List<String>> paths = new ArrayList<>();
        collect(MainCommand.commandLine(new MainCommand(0)), new ArrayList<>(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("", "key", "key show", "export", "import");
        return paths.stream().map(path -> DynamicTest.dynamicTest("HumasDesk " + String.join(" ", path) + " --help",
                () -> assertHelp(path)));
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }

    private static void assertHelp(List<String> path) {
        CommandLine root = MainCommand.commandLine(new MainCommand(0));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(path);
        args.add("--help");

        int exit = root.execute(args.toArray(String[]::new));

        assertThat(exit).as(err.toString()).isZero();
        String help = out.toString();
        assertThat(help).startsWith("Usage: HumasDesk" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
        assertThat(help).contains("-h, --help", "Examples:");
        CommandLine command = root;
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        for (OptionSpec option : command.getCommandSpec().options()) {
            assertThat(help).as("option %s", option.longestName()).contains(option.longestName());
            assertThat(option.description()).as("description of %s", option.longestName()).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsTheVersion() {
        List<List<String>> paths = new ArrayList<>();
        collect(MainCommand.commandLine(new MainCommand(0)), new ArrayList<>(), paths);
        return paths.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path) + " --version", () -> {
            CommandLine root = MainCommand.commandLine(new MainCommand(0));
            StringWriter out = new StringWriter();
            root.setOut(new PrintWriter(out, true));
            List<String> args = new ArrayList<>(path);
            args.add("--version");
            assertThat(root.execute(args.toArray(String[]::new))).isZero();
            assertThat(out.toString()).startsWith("HumasDesk ");
        }));
    }
}
