package org.trasloco.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (or "development" when run from classes). */
final class TraslocoVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = TraslocoVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Trasloco " + (version == null ? "development" : version)};
    }
}
