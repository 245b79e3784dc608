package org.trasloco.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;

class LocalizedTextTest {

    @Test
    void formatsInTheRequestedLanguageWithArguments() {
        LocalizedText text = LocalizedText.of(CoreMessages.WORKSPACE_TOO_NEW, "/tmp/a.trasloco", 7, 1);
        assertEquals("The workspace /tmp/a.trasloco was saved by a newer version of Trasloco (format 7; "
                + "this version knows up to 1). Update Trasloco to open it.", text.format(Locale.ENGLISH));
        assertEquals("L'area di lavoro /tmp/a.trasloco è stata salvata da una versione più recente di Trasloco "
                + "(formato 7; questa versione arriva al 1). Aggiorna Trasloco per aprirla.",
                text.format(Locale.ITALIAN));
    }

    @Test
    void neverFallsBackToTheMachineLanguage() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALIAN);
            assertEquals("Stopped because you cancelled it. Nothing from this step was saved.",
                    LocalizedText.of(CoreMessages.JOB_CANCELLED).format(Locale.forLanguageTag("pt")));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void domainExceptionSpeaksEnglishInLogsAndTheUserLanguageOnRequest() {
        TraslocoException error = new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        assertEquals("Stopped because you cancelled it. Nothing from this step was saved.", error.getMessage());
        assertEquals("Interrotto perché l'hai annullato. Di questo passo non è stato salvato nulla.",
                error.message(Locale.ITALIAN));
    }
}
