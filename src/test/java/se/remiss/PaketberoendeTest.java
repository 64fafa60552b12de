package se.remiss;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure, read from the compiled main classes (so a fully qualified name counts as
 * much as an import): {@code plattform} is the base and uses no feature package, and the feature
 * packages ({@code se.remiss.<feature>}, whichever exist) depend on each other without a cycle.
 * A new package is covered without changing this test.
 */
class PaketberoendeTest {

    private static JavaClasses klasser;

    @BeforeAll
    static void lasKlasser() {
        klasser = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.remiss");
    }

    @Test
    void plattformAnvanderIngenFunktion() {
        noClasses().that().resideInAPackage("se.remiss.plattform..")
                .should().dependOnClassesThat(resideInAPackage("se.remiss..")
                        .and(not(resideInAPackage("se.remiss.plattform.."))))
                .because("plattform är basen som alla funktioner bygger på")
                .check(klasser);
    }

    @Test
    void funktionspaketenBildarIngenCykel() {
        slices().matching("se.remiss.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("ett paket ska kunna förstås och ändras utan de paket som bygger på det")
                .check(klasser);
    }
}
