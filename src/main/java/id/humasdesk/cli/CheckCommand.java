package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.check.CheckContext;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.WritingCheckService;
import id.humasdesk.logic.check.WritingChecker;
import id.humasdesk.model.Office;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks plain-text releases headless. One finding a line, tab-separated: file, line number, the
 * text as written, kind (spelling, nonstandard, style; with --perhaps also low-confidence ones as
 * perhaps-KIND), suggestions best first separated by commas.
 * Exit code 0 when every file was read, whatever was found; 1 when a file could not be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk check siaran-pers.txt", "  HumasDesk check --office \"Bawaslu Kabupaten Kaur\" --no-suggestions *.txt"}, description = "Check spelling, standard words (kata baku) and house style of plain-text "
        + "releases. Prints one finding a line: file, line, word, kind, suggestions (tab-separated).")
public final class CheckCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, WritingCheckService writing) {
    }

    private static final Logger LOG = Logger.getLogger(CheckCommand.class.getName());
    private final CliContext ctx;
    private final Opener<Deps> store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "plain-text files (UTF-8, or Windows-1252)")
    List<Path> files;

    @Option(names = "--office", paramLabel = "NAME", description = "office name for the house-style check, e.g. "
            + "\"Bawaslu Kabupaten Kaur\" (default: the office of the data directory, if there is one)")
    String office;

    @Option(names = "--no-suggestions", description = "skip dictionary suggestions for misspelled words (faster)")
    boolean noSuggestions;

    @Option(names = "--perhaps", description = "also print low-confidence findings (kind prefixed with \"perhaps-\"), "
            + "which the editor lists but does not underline")
    boolean perhaps;

    public CheckCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() {
        WritingChecker checker = WritingChecker.fromClasspath();
        String officeName = office;
        if (ctx.hasDatabase()) {
            try (Opener.Opened<Deps> opened = store.open()) {
                Deps s = opened.services();
                checker.spelling().setOfficeWords(s.writing().officeWords());
                if (officeName == null) {
                    officeName = s.accounts().office().map(Office::name).orElse(null);
                }
            } catch (Exception e) {
                LOG.log(Level.FINE, "Office word list not read", e);
                ctx.err().println(ctx.messages().get("cli.check.noOfficeWords", ctx.messages().describe(e)));
            }
        }
        CheckContext context = officeName == null ? CheckContext.none() : CheckContext.forOffice(officeName);
        int unreadable = 0;
        for (Path file : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Cannot read " + file, e);
                ctx.err().println(describe(file, e));
                unreadable++;
                continue;
            }
            for (Finding f : checker.checkText(CheckField.TEXT, 0, text, context)) {
                if (!f.underlined() && !perhaps) {
                    continue;
                }
                Finding shown = noSuggestions ? f : checker.withSuggestions(f);
                ctx.out().println(file + "\t" + shown.line() + "\t" + oneLine(shown.word()) + "\t"
                        + (shown.underlined() ? "" : "perhaps-") + shown.kind().name().toLowerCase(Locale.ROOT) + "\t"
                        + String.join(",", shown.suggestions()));
            }
            ctx.out().flush();
        }
        return unreadable == 0 ? 0 : 1;
    }

    /** UTF-8 (a byte-order mark is dropped); texts saved by older Windows programs fall back to Windows-1252. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private String describe(Path file, Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return ctx.messages().get("cli.check.notFound", file);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return ctx.messages().get("cli.check.accessDenied", file);
        }
        if (Files.isDirectory(file)) {
            return ctx.messages().get("cli.check.notAFile", file);
        }
        return ctx.messages().get("cli.check.unreadable", file, String.valueOf(e.getMessage()));
    }
}
