package org.trasloco.xmpp.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.bob.ContentId;
import org.jivesoftware.smackx.bob.element.BoBIQ;
import org.jivesoftware.smackx.iqregister.packet.Registration;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * The two requests of in-band registration (XEP-0077) on a session that is not logged in: ask for
 * the form, then submit the answers. Hidden fields are sent back as they came; fixed text is not
 * sent. Server errors come back as {@link XMPPException.XMPPErrorException} for
 * {@link RegistrationFailures} to explain.
 */
public final class AccountRegistrar {

    private final XmppSession session;

    /**
     * A registrar on a session.
     *
     * @param session a session that is not logged in
     */
    public AccountRegistrar(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Asks the server for its sign-up form; CAPTCHA pictures the form only names are fetched too.
     *
     * @return the form
     * @throws XMPPException.XMPPErrorException when the server answers with an error
     */
    public RegistrationForm fetchForm() throws XMPPException.XMPPErrorException {
        Registration request = new Registration(null);
        request.setType(IQ.Type.get);
        request.setTo(session.address().jid());
        Registration answer = session.request(request, XmppMessages.STEP_READING_FORM);
        return RegistrationFormReader.read(answer, this::fetchBits);
    }

    /**
     * Submits the answers.
     *
     * @param form the form they answer
     * @param answers the answers (at least the name and the password)
     * @throws XMPPException.XMPPErrorException when the server refuses
     */
    public void submit(RegistrationForm form, RegistrationAnswers answers) throws XMPPException.XMPPErrorException {
        Registration request;
        if (form.style() == RegistrationForm.Style.DATA_FORM) {
            request = new Registration(null);
            request.addExtension(submission(form, answers));
        } else {
            request = legacySubmission(form, answers);
        }
        request.setType(IQ.Type.set);
        request.setTo(session.address().jid());
        session.request(request, XmppMessages.STEP_REGISTERING);
    }

    /** The data form to submit: hidden values echoed, answers (or the server's defaults) for the rest. */
    static DataForm submission(RegistrationForm form, RegistrationAnswers answers) {
        DataForm.Builder builder = DataForm.builder(DataForm.Type.submit);
        for (FormField field : form.fields()) {
            if (field.kind() == FieldKind.FIXED || field.variable() == null) {
                continue;
            }
            List<String> values = field.kind() == FieldKind.HIDDEN ? field.values()
                    : answers.get(field.variable()).orElse(field.values());
            if (values.isEmpty() && !field.required()) {
                continue;
            }
            if (values.size() <= 1) {
                builder.addField(org.jivesoftware.smackx.xdata.FormField.builder(field.variable())
                        .setValue(values.isEmpty() ? "" : values.get(0)).build());
            } else {
                builder.addField(org.jivesoftware.smackx.xdata.FormField.textMultiBuilder(field.variable())
                        .addValues(values).build());
            }
        }
        return builder.build();
    }

    /** The legacy fields to submit: every field the server listed, answered or with its value. */
    static Registration legacySubmission(RegistrationForm form, RegistrationAnswers answers) {
        Map<String, String> fields = new HashMap<>();
        for (FormField field : form.fields()) {
            List<String> values = answers.get(field.variable()).orElse(field.values());
            fields.put(field.variable(), values.isEmpty() ? "" : values.get(0));
        }
        return new Registration(fields);
    }

    /** XEP-0231: asks the server for the bytes of a {@code cid:} the form only named. */
    private BinaryData fetchBits(String cid) {
        ContentId id;
        try {
            id = ContentId.fromCid(cid);
        } catch (IllegalArgumentException e) {
            return null;
        }
        BoBIQ request = new BoBIQ(id);
        request.setTo(session.address().jid());
        try {
            BoBIQ answer = session.request(request, XmppMessages.STEP_CAPTCHA_IMAGE);
            return answer.getBoBData() == null ? null
                    : new BinaryData(answer.getBoBData().getType(), answer.getBoBData().getContent());
        } catch (XMPPException.XMPPErrorException e) {
            // The picture cannot be had; the form still shows the field (and any web fallback).
            return null;
        }
    }
}
