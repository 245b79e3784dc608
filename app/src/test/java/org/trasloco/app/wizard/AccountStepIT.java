package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.qr.QrEncoder;
import org.trasloco.invites.qr.QrPng;
import org.trasloco.invites.qr.QrReader;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * Step 4 against a real Prosody with open registration and a self-signed certificate, the way a
 * community server is: a new address created with the keyboard alone, the screens in both
 * languages and three text sizes, an invitation pasted or read from a QR picture, an address the
 * user already has, a continued move, a taken name, and the printed credentials card.
 */
class AccountStepIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    @Test
    void createsANewAddressWithTheKeyboardAlone(FxRobot robot, TestProsody prosody) {
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME);
        Button next = robot.lookup("#next").queryButton();
        assertTrue(next.isDisabled(), "no account yet");

        step.tabTo("wayNew");
        WizardFixture.pressKey(stage, KeyCode.SPACE);
        WizardFixture.await("the servers", () -> !step.servers().getItems().isEmpty());
        assertEquals("serviziliberi.it", step.servers().getItems().get(0).provider().domain(), "community first");
        step.tabTo("details");
        WizardFixture.pressKey(stage, KeyCode.SPACE);
        step.tabTo("host");
        step.type("127.0.0.1");
        step.tabTo("port");
        step.type(Integer.toString(prosody.c2sPort()));
        step.tabTo("domain");
        step.type("localhost");
        WizardFixture.pressKey(stage, KeyCode.ENTER);
        WizardFixture.await("localhost added and chosen", () -> step.shown("#name")
                && step.servers().getSelectionModel().getSelectedItem() != null);
        assertEquals("localhost", step.servers().getSelectionModel().getSelectedItem().provider().domain());
        String name = TestAccounts.uniqueName("anna");
        step.tabTo("name");
        step.type(name);
        step.assertShows("The address will be " + name + "@localhost");
        String password = step.password("#generated");
        assertTrue(password.matches("([a-z]{3,8}-){7}[0-9]{4}"), password);
        WizardFixture.pressKey(stage, KeyCode.ENTER);

        // A community server with its own certificate: its fingerprint is compared, then trusted by keyboard.
        WizardFixture.await("the certificate", () -> robot.lookup("#trustCertificate").tryQuery().isPresent());
        step.tabTo("trustCertificate");
        WizardFixture.pressKey(stage, KeyCode.SPACE);
        step.awaitDone();

        WizardState state = fixture.window.state();
        ChosenAccount account = state.account().get();
        assertEquals(name + "@localhost", account.address().toString());
        assertEquals(Optional.of(prosody.pin()), account.server().pinned(), "the trusted certificate is kept");
        assertEquals(Optional.of("127.0.0.1"), account.server().explicitHost());
        assertEquals(password, state.password().get().reveal());
        assertFalse(next.isDisabled(), "Next is enabled once an account works");
        assertEquals(Optional.of(account), MoveChoices.of(state.workspace()).account(), "saved on the workspace");
        step.assertShows(password);
        new AccountAccess(account, state.password().get(), Locale.ENGLISH).check();
        fixture.assertAccessible();
        fixture.screenshot("wizard-4-account-done-en");
    }

    static Stream<Arguments> screens() {
        return Stream.of(Arguments.of("en", TextSize.NORMAL, "-en"), Arguments.of("it", TextSize.NORMAL, "-it"),
                Arguments.of("en", TextSize.LARGE, "-en-large"), Arguments.of("en", TextSize.EXTRA_LARGE, "-en-xlarge"));
    }

    @ParameterizedTest
    @MethodSource("screens")
    void theNewAddressScreensFitEveryTextSize(String language, TextSize size, String suffix, FxRobot robot,
            TestProsody prosody) {
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.forLanguageTag(language),
                size, Journey.ME);
        if (size == TextSize.EXTRA_LARGE) {
            WizardFixture.fx(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
        }
        step.chooseNewAddress();
        WizardFixture.fx(() -> step.servers().getSelectionModel().select(0));
        step.await("#name");
        step.assertShows(language.equals("it") ? "Il tuo messaggio più vecchio da spostare è del 1 marzo 2016"
                : "Your oldest message that moves is from March 1, 2016");
        step.assertShows(language.equals("it") ? "serviziliberi.it – server di comunità"
                : "serviziliberi.it – community server");
        fixture.assertAccessible();
        assertNavigationVisible(robot);
        WizardFixture.fx(() -> robot.lookup("#scroll").queryAs(ScrollPane.class).setVvalue(0));
        fixture.screenshot("wizard-4-account-new" + suffix);
        // The name and the generated password, further down.
        step.showAtTop("#nameTitle");
        assertNavigationVisible(robot);
        fixture.screenshot("wizard-4-account-password" + suffix);
    }

    @Test
    void aHelperReadsAboutThePersonTheyHelp(FxRobot robot) {
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.HELPER);
        step.assertShows("Their new address");
        step.assertShows("How do they get their address?");
        step.chooseNewAddress();
        WizardFixture.fx(() -> step.servers().getSelectionModel().select(0));
        step.await("#name");
        step.assertShows("Their name on serviziliberi.it");
        step.assertShows("Write the password on the card for them");
        step.assertShows("Their oldest message that moves");
    }

    @Test
    void aPastedInvitationCreatesTheNamedAddress(FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("bice");
        String invite = prosody.createAccountInvite(name);
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody);
        step.click("#wayInvitation");
        step.write("#link", invite);
        WizardFixture.pressKey(stage, KeyCode.ENTER);
        step.await("#name");
        step.assertShows("An invitation to create the address " + name + "@localhost.");
        assertTrue(robot.lookup("#name").query().isDisabled(), "the invitation fixes the name");
        fixture.assertAccessible();
        fixture.screenshot("wizard-4-account-invite-en");
        step.click("#create");
        step.trustCertificate(prosody).awaitDone();
        assertEquals(name + "@localhost", fixture.window.state().account().get().address().toString());
    }

    @Test
    void anInvitationIsReadFromAPictureOfItsQrCode(FxRobot robot, TestProsody prosody) throws IOException {
        String invite = prosody.createAccountInvite();
        Path picture = dir.resolve("invitation.png");
        try (OutputStream out = Files.newOutputStream(picture)) {
            QrPng.write(QrEncoder.encode(invite), 5, out);
        }
        Path notACode = Files.writeString(dir.resolve("notes.png"), "not a picture");
        fixture = new WizardFixture(dir);
        fixture.dialogs.answer(notACode).answer(picture);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody);
        step.click("#wayInvitation");
        step.click("#picture");
        WizardFixture.await("the picture refused", () -> robot.lookup("#result").queryAs(Label.class).getText()
                .startsWith("notes.png cannot be read as a picture."));
        step.click("#picture");
        step.await("#name");
        step.assertShows("An invitation to create an address on localhost. Choose its name below.");
        String name = TestAccounts.uniqueName("ciro");
        step.write("#name", name);
        step.click("#create");
        step.trustCertificate(prosody).awaitDone();
        assertEquals(name + "@localhost", fixture.window.state().account().get().address().toString());
    }

    @Test
    void anAddressTheUserHasIsCheckedWithItsPassword(FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("dora");
        prosody.registerUser(name, "right horse battery");
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody);
        step.logIn(name + "@localhost", "wrong");
        step.trustCertificate(prosody);
        WizardFixture.await("the refusal", () -> step.shownText().contains("or its password is wrong"));
        assertNull(fixture.window.state().password().get());
        step.write("#password", "right horse battery");
        fixture.assertAccessible();
        fixture.screenshot("wizard-4-account-existing-en");
        step.click("#check");
        step.awaitDone();
        assertEquals("", robot.lookup("#password").queryAs(javafx.scene.control.PasswordField.class).getText(),
                "the typed password leaves the field");
        assertEquals(name + "@localhost", fixture.window.state().account().get().address().toString());
        assertFalse(step.shown("#donePasswordBox"), "a password the user typed is not shown");
    }

    @Test
    void aDifferentFingerprintIsNotTrusted(FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("ezio");
        prosody.registerUser(name, "pw");
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody);
        step.logIn(name + "@localhost", "pw");
        step.await("#trustCertificate");
        step.assertShows("Is this really localhost?");
        step.showAtTop("#certificatePrompt");
        fixture.assertAccessible();
        fixture.screenshot("wizard-4-account-certificate-en");
        step.click("#refuseCertificate");
        step.assertShows("Trasloco did not connect to localhost.");
        assertNull(fixture.window.state().account().get());
    }

    @Test
    void aContinuedMoveAsksOnlyForThePassword(FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("fina");
        prosody.registerUser(name, "pw-fina");
        Path workspace = dir.resolve("move.trasloco");
        try (Workspace open = HistoryFixture.create(workspace, 1, 5, 0)) {
            WizardState state = WizardState.load(open, Locale.ITALIAN);
            state.journey().set(Journey.ME);
            state.step().set(WizardStep.ACCOUNT);
            state.account().set(new ChosenAccount(XmppAddress.account(name + "@localhost"), prosody.address()));
        }
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ITALIAN, TextSize.NORMAL));
        AccountStepDriver step = AccountStepDriver.attach(robot, fixture, stage);
        step.await("#resumePassword");
        assertFalse(step.shown("#wayNew"), "only the password is asked");
        assertTrue(robot.lookup("#resumeLabel").queryAs(Label.class).getText()
                .startsWith("Stai continuando un trasloco verso " + name + "@localhost."));
        fixture.screenshot("wizard-4-account-resume-it");
        step.write("#resumePassword", "pw-fina");
        WizardFixture.pressKey(stage, KeyCode.ENTER);
        WizardFixture.await("logged in", () -> fixture.window.state().password().get() != null);
        assertEquals(Optional.of(prosody.pin()), fixture.window.state().account().get().server().pinned(),
                "the pin saved with the account is used, without asking again");
    }

    @Test
    void aTakenNameGetsSuggestionsThatWork(FxRobot robot, TestProsody prosody) {
        String taken = TestAccounts.uniqueName("gino");
        prosody.registerUser(taken, "first");
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody).chooseNewAddress().addServer("localhost");
        step.write("#name", taken);
        step.click("#create");
        step.trustCertificate(prosody);
        WizardFixture.await("the suggestions", () -> robot.lookup(".name-suggestion").tryQuery().isPresent());
        step.assertShows("The name " + taken + " is already taken on localhost. Choose another name.");
        Button suggestion = robot.lookup(".name-suggestion").queryButton();
        String other = suggestion.getText();
        assertTrue(other.startsWith(taken), other);
        step.click(".name-suggestion");
        step.click("#create");
        step.awaitDone();
        assertEquals(other + "@localhost", fixture.window.state().account().get().address().toString());
    }

    @Test
    void theCardIsPrintedFromMemoryAndNoFileAppears(FxRobot robot, TestProsody prosody) throws IOException {
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody).chooseNewAddress().addServer("localhost");
        String name = TestAccounts.uniqueName("irma");
        step.write("#name", name);
        step.click("#create");
        step.trustCertificate(prosody).awaitDone();
        String password = fixture.window.state().password().get().reveal();

        // Nothing of the card reaches a disk: no new file in this test's folder, and no new file in
        // the temporary folder (other programs write there too) holds the password.
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = files(dir, temp, prosody);
        step.click("#donePrint");
        WizardFixture.await("printed", () -> fixture.desktop.printed.size() == 1);
        Set<Path> added = difference(files(dir, temp, prosody), before);
        assertEquals(Set.of(), added.stream().filter(file -> file.startsWith(dir)).collect(Collectors.toSet()),
                "printing wrote no file");
        assertNoFileHolds(added, password);
        assertNoFileHolds(files(dir, dir, prosody), password);
        ScriptedServices.PrintedJob job = fixture.desktop.printed.get(0);
        assertEquals("Trasloco – address and password", job.name());
        assertEquals(1, job.pages().size());
        assertEquals(Optional.of("xmpp:" + name + "@localhost"), QrReader.read(picture(job.pages().get(0))));
        step.assertShows("The card went to the printer.");
    }

    @Test
    void withoutAPrinterThereIsNoPrintButton(FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("lia");
        prosody.registerUser(name, "pw");
        fixture = new WizardFixture(dir);
        fixture.desktop.printerAvailable = false;
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL,
                Journey.ME).connectTo(prosody);
        step.logIn(name + "@localhost", "pw");
        step.trustCertificate(prosody).awaitDone();
        assertFalse(step.shown("#donePrint"));
        assertTrue(step.shown("#another"));
    }

    /** Back and Next stay in the window, and nothing in the step is wider than it (no sideways scrolling). */
    private static void assertNavigationVisible(FxRobot robot) {
        WizardFixture.fx(() -> {
            Node back = robot.lookup("#back").query();
            Bounds bounds = back.localToScene(back.getBoundsInLocal());
            double height = back.getScene().getHeight();
            assertTrue(bounds.getMaxY() <= height && bounds.getMinY() >= 0, "Back/Next stay in the window: " + bounds);
            ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
            double viewport = scroll.getViewportBounds().getWidth();
            List<String> tooWide = new ArrayList<>();
            collectTooWide(scroll.getContent(), scroll.getContent(), viewport, tooWide);
            assertEquals(List.of(), tooWide, "the step fits the window's width (" + viewport + ")");
            return null;
        });
    }

    /** The deepest shown nodes that reach beyond the window's width, with their widths. */
    private static boolean collectTooWide(Node node, Node content, double width, List<String> found) {
        if (!node.isVisible()) {
            return false;
        }
        boolean deeper = false;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                deeper |= collectTooWide(child, content, width, found);
            }
        }
        double right = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxX();
        if (right > width + 1 && !deeper) {
            found.add(node.getClass().getSimpleName() + "#" + node.getId() + node.getStyleClass() + " to " + right
                    + (node instanceof javafx.scene.control.Labeled labeled ? " «" + labeled.getText() + "»" : ""));
            return true;
        }
        return deeper || right > width + 1;
    }

    private static Set<Path> files(Path dir, Path temp, TestProsody prosody) throws IOException {
        Set<Path> all = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(all::add);
        }
        try (Stream<Path> top = Files.list(temp)) {
            top.filter(path -> !path.startsWith(prosody.baseDirectory())).forEach(all::add);
        }
        return all;
    }

    private static Set<Path> difference(Set<Path> after, Set<Path> before) {
        Set<Path> added = new TreeSet<>(after);
        added.removeAll(before);
        return added;
    }

    private static void assertNoFileHolds(Set<Path> files, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        for (Path file : files) {
            if (Files.isRegularFile(file) && Files.isReadable(file)) {
                assertFalse(contains(Files.readAllBytes(file), needle), "the password is in " + file);
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static BufferedImage picture(Image image) {
        return WizardFixture.fx(() -> {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            return out;
        });
    }
}
