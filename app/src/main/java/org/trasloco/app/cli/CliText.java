package org.trasloco.app.cli;

import org.trasloco.core.i18n.MessageKey;

/** Texts of the command line itself ({@code org/trasloco/app/cli/messages*.properties}). */
enum CliText implements MessageKey {
    INTERNAL_ERROR("internalError");

    private final String key;

    CliText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
