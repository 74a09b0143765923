package id.humasdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Makes a blocking call from a screen visible. The front door to the data is {@link Services}: its services
 * (accounts, drafts, bundles ...) read or write the database, files or the search index, and so do the
 * repositories and the {@link Transactor}. In the gui such a call belongs in the work of a task
 * ({@code executor.run(() -> services.x()..., ...)}), which compiles to a lambda. A call written straight in
 * a method or constructor body runs on the FX thread and freezes the window; the rule reports it.
 * <p>What the rule lets through, on purpose: a helper method that is only ever called from lambdas (the
 * task's work split into a method), and the few service methods below that do no I/O. What it cannot see:
 * a service call inside an event-handler lambda (also a lambda); reviews still have to catch that.
 */
class FxThreadRulesTest {
    /** Service methods that only return a collaborator, compute a name or check values: no I/O. */
    private static final Set<String> NO_IO = Set.of(
            "id.humasdesk.logic.bundle.BundleService.inbox",
            "id.humasdesk.logic.bundle.BundleService.keys",
            "id.humasdesk.logic.bundle.BundleService.defaultTarget",
            "id.humasdesk.logic.draft.DraftService.numbering",
            "id.humasdesk.logic.draft.MediaStore.path",
            "id.humasdesk.logic.maintenance.MaintenanceService.shared",
            "id.humasdesk.logic.maintenance.MaintenanceService.atStart",
            "id.humasdesk.logic.schedule.ScheduleService.problem",
            "id.humasdesk.logic.search.SearchService.addStatusListener");
    private static JavaClasses classes;
    private static Set<String> services;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.humasdesk");
        services = Arrays.stream(Services.class.getRecordComponents()).map(c -> c.getType())
                .filter(t -> t.getPackageName().startsWith("id.humasdesk.logic")).map(Class::getName)
                .collect(Collectors.toCollection(HashSet::new));
        services.add(Transactor.class.getName());
    }

    private static final DescribedPredicate<JavaCall<?>> BLOCKING_OUTSIDE_A_TASK =
            new DescribedPredicate<>("a service, repository or transactor method outside the work of a task") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    boolean slow = services.contains(owner) || owner.startsWith("id.humasdesk.logic.")
                            && owner.endsWith("Repository");
                    return slow && !NO_IO.contains(owner + "." + call.getName()) && !inTask(call);
                }
            };

    private static boolean inTask(JavaCall<?> call) {
        if (call.isDeclaredInLambda()) {
            return true;
        }
        JavaCodeUnit origin = call.getOrigin();
        return !origin.getCallsOfSelf().isEmpty()
                && origin.getCallsOfSelf().stream().allMatch(JavaCall::isDeclaredInLambda);
    }

    static ArchRule rule(String screens) {
        return noClasses().that().resideInAPackage(screens)
                .should().callCodeUnitWhere(BLOCKING_OUTSIDE_A_TASK)
                .because("services, repositories and the transactor touch the database, files or the search "
                        + "index; called from a plain method or constructor of a screen they run on the FX thread "
                        + "and freeze the window, so they belong in the work of a TaskExecutor task (a lambda)");
    }

    @Test
    void screensCallServicesOnlyFromTaskWork() {
        rule("id.humasdesk.gui..").check(classes);
    }

    @Test
    void theRuleSeesALookUpOnTheFxThread() {
        JavaClasses sample = new ClassFileImporter().importClasses(BlockingScreen.class);
        EvaluationResult result = rule("id.humasdesk.arch..").evaluate(sample);
        assertThat(result.getFailureReport().getDetails()).hasSize(1).first().asString()
                .contains("BlockingScreen.<init>", "AccountService.office()");
    }

    /** How the bundle window once read the office zone: in its constructor, on the FX thread. */
    static final class BlockingScreen {
        final Office office;

        BlockingScreen(Services services, TaskExecutor executor) {
            office = services.accounts().office().orElseThrow();
            executor.run(() -> services.accounts().office(), o -> { }, e -> { });
        }
    }
}
