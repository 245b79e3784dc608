package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.iqregister.packet.Registration;
import org.junit.jupiter.api.Test;

class RegistrationFormReaderTest {

    static Registration fixture(String name) throws Exception {
        try (InputStream in = RegistrationFormReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "").strip();
            return (Registration) PacketParserUtils.parseStanza(xml);
        }
    }

    private static RegistrationForm read(String name) throws Exception {
        return RegistrationFormReader.read(fixture(name), cid -> null);
    }

    @Test
    void readsAnEjabberdCaptchaFormWithThePictureSentAlong() throws Exception {
        RegistrationForm form = read("captcha-ejabberd.xml");

        assertEquals(RegistrationForm.Style.DATA_FORM, form.style());
        assertEquals("Registration", form.title());
        assertTrue(form.takesNameAndPassword());
        assertTrue(form.hasCaptcha());
        assertEquals(List.of("ocr"), form.questions().stream().map(FormField::variable).toList());
        FormField ocr = form.questions().get(0);
        MediaItem picture = ocr.media().get(0);
        assertEquals("image/png", picture.mediaType());
        assertTrue(picture.isImage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
                picture.bytes().orElseThrow().bytes());
        assertEquals(List.of("If you don't see the CAPTCHA image here, visit the web page."), form.notes());
        assertEquals("2824232941", form.field("challenge").orElseThrow().value().orElseThrow());
        assertEquals(FieldKind.HIDDEN, form.field("challenge").orElseThrow().kind());
    }

    @Test
    void fetchesAPictureTheFormOnlyNames() throws Exception {
        Registration query = fixture("captcha-ejabberd.xml");
        query.removeExtension("data", "urn:xmpp:bob");
        BinaryData fetched = new BinaryData("image/png", new byte[] {1, 2, 3});
        RegistrationForm form = RegistrationFormReader.read(query,
                cid -> cid.equals("sha1+a15a5b2f4c1d3e0e8e2a0f7d3f16b76f1b4ad1b5@bob.xmpp.org") ? fetched : null);
        assertEquals(fetched, form.field("ocr").orElseThrow().media().get(0).bytes().orElseThrow());
    }

    @Test
    void readsLegacyFieldsInTheOrderAPersonExpects() throws Exception {
        RegistrationForm form = read("legacy-fields.xml");

        assertEquals(RegistrationForm.Style.LEGACY, form.style());
        assertEquals(List.of("username", "password", "email"), form.fields().stream().map(FormField::variable).toList());
        assertEquals(FieldKind.SECRET, form.field("password").orElseThrow().kind());
        assertTrue(form.takesNameAndPassword());
        assertEquals(List.of("email"), form.questions().stream().map(FormField::variable).toList());
        assertEquals("E-mail address", FieldLabels.of(form.questions().get(0), Locale.ENGLISH));
        assertEquals("Indirizzo e-mail", FieldLabels.of(form.questions().get(0), Locale.ITALIAN));
        assertFalse(form.hasCaptcha());
    }

    @Test
    void findsTheWebPageOfAServerThatOnlyRegistersThere() throws Exception {
        RegistrationForm form = read("web-only.xml");
        assertEquals("https://example.org/register", form.webPage());
        assertFalse(form.takesNameAndPassword());
    }

    @Test
    void readsEveryKindOfField() throws Exception {
        RegistrationForm form = read("choices.xml");

        FormField language = form.field("language").orElseThrow();
        assertEquals(FieldKind.CHOICE, language.kind());
        assertEquals(List.of(new FieldOption("Italiano", "it"), new FieldOption("English", "en")), language.options());
        assertEquals("it", language.value().orElseThrow());
        assertEquals(FieldKind.BOOLEAN, form.field("tos").orElseThrow().kind());
        assertEquals(FieldKind.TEXT_MULTI, form.field("about").orElseThrow().kind());
        assertTrue(form.field("qa").orElseThrow().isCaptcha(), "XEP-0158 qa is a CAPTCHA even without media");
        assertEquals(List.of("language", "tos", "qa"), form.questions().stream().map(FormField::variable).toList());
        assertNull(form.webPage());
    }

    @Test
    void submitsHiddenValuesAsTheyCameAndSkipsFixedText() throws Exception {
        RegistrationForm form = read("captcha-ejabberd.xml");
        RegistrationAnswers answers = new RegistrationAnswers().set("username", "anna").set("password", "pw")
                .set("ocr", "x7k4").set("challenge", "tampered");

        String xml = AccountRegistrar.submission(form, answers).toXML().toString();

        assertTrue(xml.contains("type='submit'"), xml);
        assertTrue(xml.contains("<field var='challenge'><value>2824232941</value></field>"), xml);
        assertTrue(xml.contains("<field var='ocr'><value>x7k4</value></field>"), xml);
        assertTrue(xml.contains("<field var='FORM_TYPE'><value>jabber:iq:register</value></field>"), xml);
        assertTrue(xml.contains("<field var='captcha-fallback-url'><value>https://example.org/captcha/2824232941/image"),
                xml);
        assertFalse(xml.contains("If you don"), "fixed text is not sent back: " + xml);
    }

    @Test
    void submitsLegacyFieldsAsElements() throws Exception {
        RegistrationForm form = read("legacy-fields.xml");
        RegistrationAnswers answers = new RegistrationAnswers().set("username", "anna").set("password", "pw")
                .set("email", "anna@example.net");

        String xml = AccountRegistrar.legacySubmission(form, answers).toXML().toString();

        assertTrue(xml.contains("<username>anna</username>"), xml);
        assertTrue(xml.contains("<password>pw</password>"), xml);
        assertTrue(xml.contains("<email>anna@example.net</email>"), xml);
        assertFalse(xml.contains("jabber:x:data"), xml);
    }
}
