package org.trasloco.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §2: which way dependencies point and which libraries each module may use, and no circles
 * between packages anywhere. The app module sees every module on its class path, so the rules for all
 * of them are checked here.
 */
class ModuleBoundariesTest {

    private static final String JAVAFX = "javafx..";
    private static final String SMACK = "org.jivesoftware..";
    private static final String PDFBOX = "org.apache.pdfbox..";
    private static final String ZXING = "com.google.zxing..";
    private static final String JSOUP = "org.jsoup..";
    private static final String PICOCLI = "picocli..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // The other modules' test jars (the test Prosody and its tools) are test code as well.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.trasloco");
    }

    @Test
    void coreUsesNoUserInterfaceProtocolOrDocumentLibraryAndNoOtherModule() {
        noClasses().that().resideInAPackage("org.trasloco.core..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, SMACK, PDFBOX, ZXING, JSOUP,
                        "org.trasloco.importers..", "org.trasloco.xmpp..", "org.trasloco.invites..", "org.trasloco.keepsake..",
                        "org.trasloco.move..", "org.trasloco.app..")
                .check(classes);
    }

    @Test
    void importersUseOnlyCoreAndParsingLibraries() {
        noClasses().that().resideInAPackage("org.trasloco.importers..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, SMACK, PDFBOX, ZXING,
                        "org.trasloco.xmpp..", "org.trasloco.invites..", "org.trasloco.move..", "org.trasloco.app..")
                .check(classes);
    }

    @Test
    void xmppUsesNoUserInterfaceOrDocumentLibraryAndNoSiblingModule() {
        noClasses().that().resideInAPackage("org.trasloco.xmpp..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, PDFBOX, ZXING, JSOUP,
                        "org.trasloco.importers..", "org.trasloco.invites..", "org.trasloco.move..", "org.trasloco.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void invitesUseNoUserInterfaceOrProtocolLibraryAndNoSiblingModule() {
        noClasses().that().resideInAPackage("org.trasloco.invites..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, SMACK, JSOUP,
                        "org.trasloco.importers..", "org.trasloco.xmpp..", "org.trasloco.move..", "org.trasloco.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void keepsakeUsesNoUserInterfaceNoProtocolAndNoImporters() {
        noClasses().that().resideInAPackage("org.trasloco.keepsake..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, SMACK, PICOCLI, "org.trasloco.importers..",
                        "org.trasloco.xmpp..", "org.trasloco.move..", "org.trasloco.app..")
                .check(classes);
    }

    @Test
    void moveUsesNoUserInterfaceAndNoCommandLine() {
        noClasses().that().resideInAPackage("org.trasloco.move..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, PICOCLI, "org.trasloco.app..")
                .check(classes);
    }

    @Test
    void theCommandLineUsesNeitherTheWizardNorJavaFx() {
        noClasses().that().resideInAPackage("org.trasloco.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, "org.trasloco.app.wizard..")
                .check(classes);
    }

    @Test
    void theWizardUsesNoCommandLine() {
        noClasses().that().resideInAPackage("org.trasloco.app.wizard..")
                .should().dependOnClassesThat().resideInAnyPackage(PICOCLI, "org.trasloco.app.cli..")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.trasloco.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.trasloco.app.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }
}
