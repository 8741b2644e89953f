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
                        "com.procurementrisk.assessment..", "com.procurementrisk.advice..", "com.procurementrisk.web..",
                        "com.procurementrisk.models..")
                .check(CLASSES);
    }

    @Test
    void resourcesGoThroughTheApplicationService() {
        noClasses().that().resideInAnyPackage("com.procurementrisk.api..", "com.procurementrisk.web..")
                .should().dependOnClassesThat().haveSimpleName("ScoringEngine")
                .because("the JSON and HTML edges are thin adapters over ScoringService")
                .check(CLASSES);
    }

    @Test
    void theJsonApiAndThePagesAreSiblings() {
        noClasses().that().resideInAPackage("com.procurementrisk.api..")
                .should().dependOnClassesThat().resideInAPackage("com.procurementrisk.web..")
                .because("the JSON API and the browser pages are two edges over the same services")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.procurementrisk.web..")
                .should().dependOnClassesThat().resideInAPackage("com.procurementrisk.api..")
                .because("the JSON API and the browser pages are two edges over the same services")
                .check(CLASSES);
    }

    @Test
    void problemsAndServicesDoNotKnowTheEdges() {
        noClasses().that().resideInAnyPackage("com.procurementrisk.problem..", "com.procurementrisk.advice..",
                        "com.procurementrisk.assessment..", "com.procurementrisk.access..",
                        "com.procurementrisk.models..")
                .should().dependOnClassesThat().resideInAnyPackage("com.procurementrisk.api..",
                        "com.procurementrisk.web..")
                .because("problem responses serve both edges, and the services serve whichever edge calls them")
                .check(CLASSES);
    }

    @Test
    void theServicesSpeakTheDomainNotHttp() {
        // (access is not among them: its identity providers sit at the security edge and read the request)
        noClasses().that().resideInAnyPackage("com.procurementrisk.advice..", "com.procurementrisk.assessment..",
                        "com.procurementrisk.models..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..",
                        "org.jboss.resteasy..")
                .because("services throw the project's own exceptions, which the edges map to HTTP")
                .check(CLASSES);
    }

    @Test
    void modelVersionsKnowNeitherScoringServicesNorSavedAssessments() {
        noClasses().that().resideInAPackage("com.procurementrisk.models..")
                .should().dependOnClassesThat().resideInAnyPackage("com.procurementrisk.advice..",
                        "com.procurementrisk.assessment..")
                .because("scoring and saved assessments ask the registry for a model; previews are composed at the edges")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("com.procurementrisk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
