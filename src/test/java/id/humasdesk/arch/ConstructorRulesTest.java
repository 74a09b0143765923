package id.humasdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Keeps constructors short (issue 15, decision 0046): past {@value #MOST} parameters a reader cannot
 * see which of them belong together. Those that travel together become a small named record, or a
 * coherent piece of the work moves to a collaborator. A record's canonical constructor is its list
 * of components and is not counted; any other constructor of a record is. No class is exempt.
 */
class ConstructorRulesTest {
    static final int MOST = 6;

    static ArchRule rule(String packages) {
        return classes().that().resideInAPackage(packages).and().areNotAnonymousClasses()
                .should(new ArchCondition<JavaClass>("have constructors of at most " + MOST
                        + " parameters (a record's canonical constructor aside)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (c.isLocalClass() && !c.isRecord()) {
                            return; // javac appends the captured variables, which the source does not show
                        }
                        for (JavaConstructor k : c.getConstructors()) {
                            int n = declaredParameters(c, k);
                            if (n > MOST && !isCanonical(c, k)) {
                                events.add(SimpleConditionEvent.violated(k, k.getFullName() + " takes " + n
                                        + " parameters " + k.getSourceCodeLocation()));
                            }
                        }
                    }
                }).because("a long parameter list hides which values travel together; a named record or a "
                        + "collaborator says it (issue 15, decision 0046)");
    }

    /**
     * The parameters written in the source: the class file adds the enclosing object of an inner
     * class, and the name and ordinal of an enum constant.
     */
    static int declaredParameters(JavaClass c, JavaConstructor k) {
        int n = k.getRawParameterTypes().size();
        if (c.isEnum()) {
            n -= 2;
        } else if (c.isInnerClass()) {
            n -= 1;
        }
        return n;
    }

    /** A record's canonical constructor takes its components, in their order. */
    static boolean isCanonical(JavaClass c, JavaConstructor k) {
        if (!c.isRecord()) {
            return false;
        }
        List<String> components = Arrays.stream(c.reflect().getRecordComponents()).map(r -> r.getType().getName())
                .toList();
        return k.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(components);
    }

    @Test
    void noConstructorTakesMoreThanSixParameters() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.humasdesk");
        assertThat(main.size()).as("the main classes were found").isGreaterThan(300);
        rule("id.humasdesk..").check(main);
    }

    @Test
    void theRuleSeesLongConstructorsButNotARecordsComponents() {
        int captured = 1;
        IntSupplier anonymous = new IntSupplier() {
            @Override
            public int getAsInt() {
                return captured;
            }
        };
        JavaClasses sample = new ClassFileImporter().importClasses(Loose.class, Row.class, Wide.class, Size.class,
                Inner.class, anonymous.getClass());
        List<String> details = rule("id.humasdesk.arch..").evaluate(sample).getFailureReport().getDetails();
        assertThat(details).hasSize(2);
        assertThat(details).anySatisfy(d -> assertThat(d).contains("ConstructorRulesTest$Loose.<init>")
                .contains("takes 7 parameters"));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("ConstructorRulesTest$Row.<init>(java.lang.String")
                .contains("takes 7 parameters"));
    }

    /** Seven loose parameters: the shape the rule refuses. */
    static final class Loose {
        Loose(int a, int b, int c, int d, int e, int f, String g) {
        }
    }

    /** A record of seven components keeps them; a second constructor of seven is refused. */
    record Row(int a, int b, int c, int d, int e, int f, String g) {
        Row(String g, int a, int b, int c, int d, int e, int f) {
            this(a, b, c, d, e, f, g);
        }
    }

    /** A record of eight components with a shorter second constructor passes. */
    record Wide(int a, int b, int c, int d, int e, int f, int g, int h) {
        Wide(int a) {
            this(a, a, a, a, a, a, a, a);
        }
    }

    /** An enum's constructor of six: javac's name and ordinal do not count. */
    enum Size {
        ONE(1, 2, 3, 4, 5, 6);

        Size(int a, int b, int c, int d, int e, int f) {
        }
    }

    /** An inner class's constructor of six: javac's enclosing object does not count. */
    final class Inner {
        Inner(int a, int b, int c, int d, int e, int f) {
        }
    }
}
