package org.trasloco.keepsake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries (issue 18): core, invites, Jackson and PDFBox; not JavaFX, Smack,
 * picocli, the importers, the xmpp module or the app. Its three features stand apart.
 */
class KeepsakeArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trasloco.keepsake");
    }

    @Test
    void usesNeitherJavaFxNorSmackNorPicocliNorTheOtherFeatureModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jivesoftware..", "org.jxmpp..",
                "picocli..", "org.trasloco.importers..", "org.trasloco.xmpp..", "org.trasloco.app..", "org.trasloco.move..")
                .check(classes);
    }

    @Test
    void theFeaturesDoNotReachIntoEachOther() {
        String[] features = {"org.trasloco.keepsake.html..", "org.trasloco.keepsake.book..", "org.trasloco.keepsake.conversations.."};
        for (String feature : features) {
            for (String other : features) {
                if (!feature.equals(other)) {
                    noClasses().that().resideInAPackage(feature).should().dependOnClassesThat().resideInAPackage(other)
                            .check(classes);
                }
            }
        }
        noClasses().that().resideInAPackage("org.trasloco.keepsake").should().dependOnClassesThat()
                .resideInAnyPackage(features).check(classes);
    }

    @Test
    void writesNothingToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(classes);
    }
}
