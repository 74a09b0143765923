package id.humasdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every screen on the task helper (decision 0024): work goes through {@link ScreenTasks}, which
 * resets busy flags, logs and shows failures and drops results after a screen closed. A screen that
 * hands work to the {@link TaskExecutor} itself, or sets a busy flag by hand, would lose all three
 * without anyone noticing; these rules notice.
 */
class TaskHelperRulesTest {
    private static final Set<String> RAW = Set.of("run", "onFx");

    private static final DescribedPredicate<JavaMethodCall> RAW_SUBMIT =
            new DescribedPredicate<>("TaskExecutor.run or TaskExecutor.onFx") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return RAW.contains(call.getName()) && call.getTargetOwner().isAssignableTo(TaskExecutor.class);
                }
            };

    static ArchRule rule(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .and().doNotHaveFullyQualifiedName(ScreenTasks.class.getName())
                .and().areNotAssignableTo(TaskExecutor.class)
                .should().callMethodWhere(RAW_SUBMIT)
                .because("work handed to the executor by hand loses what ScreenTasks guarantees: the busy flag "
                        + "resets however the work ends, a failure reaches the log and the user, and nothing is "
                        + "delivered to a screen that closed (decision 0024)");
    }

    @Test
    void onlyTheTaskHelperHandsWorkToTheExecutor() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.humasdesk");
        rule("id.humasdesk..").check(main);
    }

    @Test
    void theRuleSeesAScreenThatSubmitsByHand() {
        JavaClasses sample = new ClassFileImporter().importClasses(HandRolledScreen.class);
        assertThat(rule("id.humasdesk.arch..").evaluate(sample).getFailureReport().getDetails())
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("HandRolledScreen"));
    }

    /** How screens ran work before the helper: by hand, with a busy flag reset in two places. */
    static final class HandRolledScreen {
        boolean busy;

        void load(TaskExecutor executor) {
            executor.run(() -> 1, x -> busy = false, e -> busy = false);
            executor.onFx(() -> busy = false);
        }
    }

    /**
     * A busy flag set by hand: {@code busy.set(..)}, or any property the same file hands to
     * {@code .busy(..)} of a task. Only the helper sets those flags.
     */
    static List<String> handSetFlags(String file, String source) {
        Set<String> flags = new LinkedHashSet<>(List.of("busy"));
        Matcher handed = Pattern.compile("\\.busy\\((\\w+)\\)").matcher(source);
        while (handed.find()) {
            flags.add(handed.group(1));
        }
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String flag : flags) {
                if (Pattern.compile("(?<![\\w.])" + flag + "\\.set\\(").matcher(lines[i]).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        return found;
    }

    @Test
    void noScreenSetsABusyFlagByHand() throws IOException {
        Path gui = Path.of("src/main/java/id/humasdesk/gui");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(gui)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("ScreenTasks.java") && !name.equals("ScreenTask.java")) {
                    found.addAll(handSetFlags(gui.relativize(f).toString(), Files.readString(f)));
                }
            }
        }
        assertThat(found).as("busy flags are set by ScreenTasks only: use task(...).busy(flag)").isEmpty();
    }

    @Test
    void theBusyScanSeesAFlagResetByHandAndAFlagHandedToATask() {
        String source = """
                void save() {
                    busy.set(true);
                    tasks.task(() -> store()).busy(checking).onSuccess(x -> {
                        checking.set(false);
                        canTakeOver.set(false);
                    }).start();
                }
                """;
        assertThat(handSetFlags("Sample.java", source)).containsExactly("Sample.java:2: busy.set(true);",
                "Sample.java:4: checking.set(false);");
    }
}
