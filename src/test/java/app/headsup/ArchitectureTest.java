package app.headsup;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The architecture of the README's layout, checked: the heart knows nothing of the web or the UI; no cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.headsup");

    @Test
    void screeningRulesAndCataloguesUseNoWebServletOrVaadinTypes() {
        noClasses()
                .that()
                .resideInAnyPackage("app.headsup.screening..", "app.headsup.rules..", "app.headsup.catalogue..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "jakarta.servlet..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "app.headsup.api..",
                        "app.headsup.ui..")
                .check(CLASSES);
    }

    @Test
    void cataloguesAreALeaf() {
        noClasses()
                .that()
                .resideInAPackage("app.headsup.catalogue..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("app.headsup.rules..", "app.headsup.screening..")
                .check(CLASSES);
    }

    @Test
    void theRulesDoNotKnowTheScreeningThatUsesThem() {
        noClasses()
                .that()
                .resideInAPackage("app.headsup.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.headsup.screening..")
                .check(CLASSES);
    }

    @Test
    void theApiAndTheUiDoNotUseEachOther() {
        noClasses()
                .that()
                .resideInAPackage("app.headsup.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.headsup.ui..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("app.headsup.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.headsup.api..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("app.headsup.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theScreensDependOnEachOtherWithoutCycles() {
        slices().matching("app.headsup.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void thePracticeFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("app.headsup.intake.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** A repository is its feature's own: other features go through that feature's service. */
    @Test
    void repositoriesAreUsedOnlyInTheirOwnFeature() {
        for (var repository : CLASSES.that(assignableTo(Repository.class))) {
            if (!repository.getPackageName().startsWith("app.headsup")) {
                continue;
            }
            noClasses()
                    .that()
                    .resideOutsideOfPackage(repository.getPackageName())
                    .should()
                    .dependOnClassesThat()
                    .belongToAnyOf(repository.reflect())
                    .check(CLASSES);
        }
    }

    @Test
    void theLayoutsKnowNoView() {
        noClasses()
                .that()
                .haveSimpleName("MainLayout")
                .or()
                .haveSimpleName("HeadsUpLayout")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.headsup.ui.*..")
                .check(CLASSES);
    }
}
