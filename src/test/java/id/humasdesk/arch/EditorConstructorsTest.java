package id.humasdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a constructor with more than six arguments becomes a smaller collaborator or a named
 * parameter record (decision 0025 for the editor). Checked for the editor's package, records included.
 */
class EditorConstructorsTest {
    static final int MOST = 6;

    @Test
    void editorConstructorsTakeSixArgumentsAtMost() {
        JavaClasses editor = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.humasdesk.gui.editor");
        assertThat(editor.size()).as("the editor's classes were found").isGreaterThan(10);
        atMostSixArguments("id.humasdesk.gui.editor..").check(editor);
    }

    @Test
    void theRuleSeesAConstructorWithSevenArguments() {
        JavaClasses sample = new ClassFileImporter().importClasses(SevenArguments.class);
        assertThat(atMostSixArguments("id.humasdesk.arch..").evaluate(sample).hasViolation()).isTrue();
    }

    /** The shape the editor's constructors had before: seven loose arguments. */
    record SevenArguments(String a, String b, String c, String d, String e, String f, String g) {
    }

    static ArchRule atMostSixArguments(String packages) {
        return constructors().that().areDeclaredInClassesThat().resideInAPackage(packages)
                .should(new ArchCondition<JavaConstructor>("take at most " + MOST + " arguments") {
                    @Override
                    public void check(JavaConstructor c, ConditionEvents events) {
                        int n = c.getRawParameterTypes().size();
                        if (n > MOST) {
                            events.add(SimpleConditionEvent.violated(c, c.getFullName() + " takes " + n
                                    + " arguments; group those that travel together into a named record"
                                    + " or give a coherent part to a collaborator"));
                        }
                    }
                }).because("a reader should see at a glance what a class is built from");
    }
}
