package org.trasloco.app;

import org.trasloco.app.cli.Cli;

/** Starts Trasloco: the command line for now; the wizard joins here when it exists. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(Cli.standard().run(args));
    }
}
