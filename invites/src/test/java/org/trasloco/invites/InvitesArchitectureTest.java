package org.trasloco.invites;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN §2: invites may use core, ZXing and PDFBox; not JavaFX, Smack, the other feature modules or the app. */
class InvitesArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trasloco.invites");
    }

    @Test
    void usesNeitherJavaFxNorSmackNorOtherModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jivesoftware..", "org.jxmpp..",
                "org.trasloco.xmpp..", "org.trasloco.importers..", "org.trasloco.app..").check(classes);
    }

    @Test
    void writesNothingToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(classes);
    }

    @Test
    void featurePackagesDoNotReachIntoTheKitOrTheWorkshop() {
        // The kit builds on links, qr, apps, people, share and explainers; those never on the kit or the workshop.
        noClasses().that().resideInAnyPackage("org.trasloco.invites.links..", "org.trasloco.invites.qr..",
                "org.trasloco.invites.apps..", "org.trasloco.invites.people..", "org.trasloco.invites.share..",
                "org.trasloco.invites.explainers..", "org.trasloco.invites.csv..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trasloco.invites.kit..", "org.trasloco.invites.workshop..")
                .check(classes);
        noClasses().that().resideInAPackage("org.trasloco.invites.kit..")
                .should().dependOnClassesThat().resideInAPackage("org.trasloco.invites.workshop..").check(classes);
    }

    @Test
    void typesettingStandsOnItsOwn() {
        // The kit and the keepsake book print through typeset; typeset knows neither.
        noClasses().that().resideInAPackage("org.trasloco.invites.typeset..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trasloco.invites.kit..",
                        "org.trasloco.invites.workshop..", "org.trasloco.invites.links..", "org.trasloco.invites.qr..")
                .check(classes);
    }
}
