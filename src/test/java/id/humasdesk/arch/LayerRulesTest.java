package id.humasdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, checked on the compiled classes. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.humasdesk");
    }

    @Test
    void modelIsPure() {
        noClasses().that().resideInAPackage("id.humasdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "id.humasdesk.logic..", "id.humasdesk.store..", "id.humasdesk.gui..", "id.humasdesk.cli..",
                        "id.humasdesk.app..")
                .because("the domain must stay testable without a UI, a database or a serializer")
                .check(classes);
    }

    @Test
    void logicKnowsNoUiAndNoSql() {
        noClasses().that().resideInAPackage("id.humasdesk.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                        "org.flywaydb..", "id.humasdesk.store..", "id.humasdesk.gui..", "id.humasdesk.cli..",
                        "id.humasdesk.app..")
                .because("use cases declare the repositories they need and never reach up or into storage")
                .check(classes);
    }

    @Test
    void onlyStoreTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackages("id.humasdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .because("store/ is the only place with SQL")
                .check(classes);
    }

    @Test
    void storeDoesNotReachUp() {
        noClasses().that().resideInAPackage("id.humasdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.humasdesk.gui..",
                        "id.humasdesk.cli..", "id.humasdesk.app..")
                .because("storage implements logic's interfaces and knows nothing of front ends")
                .check(classes);
    }

    @Test
    void frontEndsTalkToLogicOnly() {
        noClasses().that().resideInAnyPackage("id.humasdesk.gui..", "id.humasdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("id.humasdesk.store..", "id.humasdesk.app..")
                .because("gui and cli use logic/; only app/ wires the store in")
                .check(classes);
    }

    @Test
    void guiAndCliAreIndependent() {
        noClasses().that().resideInAPackage("id.humasdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("id.humasdesk.gui..", "javafx..")
                .because("headless commands must run without a display")
                .check(classes);
        noClasses().that().resideInAPackage("id.humasdesk.gui..")
                .should().dependOnClassesThat().resideInAPackage("id.humasdesk.cli..")
                .because("the desktop app does not depend on command-line code")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested without a toolkit and must not reference nodes")
                .check(classes);
    }

    /**
     * gui classes other than the two that open the store and build the screens from it (decision 0043),
     * with the classes nested in them (AppShell's record of the store it opened).
     */
    static ArchRule screensGetOnlyWhatTheyUse(String gui) {
        return noClasses().that().resideInAPackage(gui)
                .and().haveNameNotMatching(".*\\.(AppShell|Screens)(\\$.*)?")
                .should().dependOnClassesThat().haveSimpleName("Services")
                .orShould().dependOnClassesThat().haveSimpleName("SettingsRepository")
                .because("a screen gets the services it uses through its constructor, so a reader sees from "
                        + "the constructor what it can reach; Screens is the one place that hands them out");
    }

    @Test
    void screensGetOnlyTheServicesTheyUse() {
        screensGetOnlyWhatTheyUse("id.humasdesk.gui..").check(classes);
    }

    @Test
    void commandsGetOnlyTheServicesTheyUse() {
        noClasses().that().resideInAPackage("id.humasdesk.cli..")
                .should().dependOnClassesThat().haveSimpleName("Services")
                .orShould().dependOnClassesThat().haveSimpleName("SettingsRepository")
                .because("a command gets its share of the services through its Opener; app.Commands decides it")
                .check(classes);
    }

    @Test
    void theServicesRuleSeesAScreenThatTakesThemAll() {
        JavaClasses sample = new ClassFileImporter().importClasses(GreedyScreen.class);
        assertThat(screensGetOnlyWhatTheyUse("id.humasdesk.arch..").evaluate(sample).hasViolation()).isTrue();
    }

    /** How every view model was built before decision 0043: from the whole set of services. */
    static final class GreedyScreen {
        final id.humasdesk.logic.services.Services services;

        GreedyScreen(id.humasdesk.logic.services.Services services) {
            this.services = services;
        }
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.humasdesk.(*)..").should().beFreeOfCycles()
                .because("layers point down only").check(classes);
        slices().matching("id.humasdesk.logic.(*)..").should().beFreeOfCycles()
                .because("features of logic/ must not depend on each other in circles").check(classes);
        slices().matching("id.humasdesk.gui.(*)..").should().beFreeOfCycles()
                .because("screens must not depend on each other in circles").check(classes);
    }

    @Test
    void noPackageCycleAnywhere() {
        // One slice per package: every class is in exactly one slice, so no class escapes the check.
        slices().matching("id.humasdesk.(**)").should().beFreeOfCycles()
                .because("a cycle between any two packages hides a dependency a reader cannot see (decision 0040)")
                .check(classes);
    }

    @Test
    void packagesWithSubpackagesHoldNoClasses() {
        onlyLeafPackagesHoldClasses().check(classes);
    }

    @Test
    void theLeafRuleSeesAClassInARootPackage() {
        // The GUI journey tests live in the root test package id.humasdesk.gui beside its sub-packages.
        JavaClasses sample = new ClassFileImporter().importPackages("id.humasdesk.gui");
        var details = onlyLeafPackagesHoldClasses().evaluate(sample).getFailureReport().getDetails();
        assertThat(details).anySatisfy(d -> assertThat(d).contains("id.humasdesk.gui.CalendarPaneTest"));
        assertThat(details).noneSatisfy(d -> assertThat(d).contains("id.humasdesk.gui.common."));
    }

    /**
     * A package either holds classes or is split into sub-packages, never both. The feature slices
     * ({@code logic.(*)..}, {@code gui.(*)..}) see no class of a parent package, so a class there
     * could close a cycle no rule reports; shared code goes to {@code common}, the assembly to
     * {@code app} or {@code services} (decision 0040). model, store, cli and app are flat packages.
     */
    static ArchRule onlyLeafPackagesHoldClasses() {
        return classes().that().doNotHaveSimpleName("package-info").should(new ArchCondition<JavaClass>(
                "reside in a package without sub-packages") {
            private final Set<String> parents = new TreeSet<>();

            @Override
            public void init(Collection<JavaClass> all) {
                for (JavaClass c : all) {
                    String p = c.getPackageName();
                    for (int dot = p.lastIndexOf('.'); dot > 0; dot = p.lastIndexOf('.', dot - 1)) {
                        parents.add(p.substring(0, dot));
                    }
                }
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (parents.contains(c.getPackageName())) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " sits in " + c.getPackageName()
                            + ", which is split into sub-packages; move it into one of them"));
                }
            }
        }).because("a class in a parent package belongs to no feature slice, so its cycles stay hidden");
    }
}
