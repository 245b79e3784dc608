package org.trasloco.xmpp.registration;

import java.util.List;

/**
 * Asks a person the questions of a sign-up form that Trasloco cannot answer itself (a CAPTCHA, a
 * required e-mail address). The wizard shows them on screen; the command line prompts for them.
 */
@FunctionalInterface
public interface FormQuestions {

    /**
     * Answers the questions.
     *
     * @param form the whole form (title, instructions, notes, media)
     * @param questions the fields to answer, in the server's order
     * @return the answers; fields left out are sent with the server's default, if any
     */
    RegistrationAnswers answer(RegistrationForm form, List<FormField> questions);
}
