package vn.thidua.eligibility;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The feature modules and the few rules that keep them apart. */
class ModuleBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.thidua.eligibility");
    }

    @Test
    void onlyTheEnginePackageTalksToDrools() {
        noClasses().that().resideOutsideOfPackage("vn.thidua.eligibility.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void featureModulesDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.thidua.eligibility.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theFactModelDependsOnNothingElseOfTheService() {
        classes().that().resideInAPackage("vn.thidua.eligibility.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.thidua.eligibility.model..", "java..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNothingOfStorageOrTheWeb() {
        noClasses().that().resideInAPackage("vn.thidua.eligibility.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.eligibility.facts..",
                        "vn.thidua.eligibility.runs..", "org.springframework.jdbc..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void controllersAreNotPartOfAnyModulesPublicApi() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().notBePublic().check(classes);
    }
}
