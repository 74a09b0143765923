package id.humasdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lucene stays an implementation detail of logic.search; front ends see plain records. */
class SearchBoundaryTest {
    private static final DescribedPredicate<JavaClass> LUCENE = DescribedPredicate.describe("a Lucene type",
            c -> c.getPackageName().startsWith("org.apache.lucene"));
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.humasdesk");
    }

    @Test
    void frontEndsDoNotSeeLucene() {
        noClasses().that().resideInAnyPackage("id.humasdesk.gui..", "id.humasdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("the search API hands out plain records, so the index can change without touching views")
                .check(classes);
    }

    @Test
    void thePublicSearchApiTakesAndReturnsNoLuceneTypes() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("id.humasdesk.logic.search..")
                .should().haveRawReturnType(LUCENE)
                .orShould().haveRawParameterTypes(DescribedPredicate.describe("a Lucene parameter",
                        (List<JavaClass> params) -> params.stream().anyMatch(LUCENE)))
                .because("logic/ exposes plain records to gui and cli")
                .check(classes);
    }
}
