package org.trasloco.app.wizard;

import javafx.application.HostServices;

/** Opens links with the system's browser or the app registered for them. */
final class SystemExternalLinks implements ExternalLinks {

    private final HostServices host;

    SystemExternalLinks(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(String uri) {
        host.showDocument(uri);
    }
}
