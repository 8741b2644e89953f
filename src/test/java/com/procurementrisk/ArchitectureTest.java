package com.procurementrisk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the design depends on. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.procurementrisk");

    @Test
    void theScoringCoreIsFrameworkFree() {
        noClasses().that().resideInAPackage("com.procurementrisk.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.vertx..",
                        "org.hibernate..", "org.eclipse.microprofile..")
                .because("the scoring core is a pure function of (answers, scenario, model), tested without a container")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotKnowItsCallers() {
        noClasses().that().resideInAPackage("com.procurementrisk.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("com.procurementrisk.api..",
                        "com.procurementrisk.assessment..", "com.procurementrisk.advice..", "com.procurementrisk.web..")
                .check(CLASSES);
    }

    @Test
    void resourcesGoThroughTheApplicationService() {
        noClasses().that().resideInAnyPackage("com.procurementrisk.api..", "com.procurementrisk.web..")
                .should().dependOnClassesThat().haveSimpleName("ScoringEngine")
                .because("the JSON and HTML edges are thin adapters over ScoringService")
                .check(CLASSES);
    }
}
