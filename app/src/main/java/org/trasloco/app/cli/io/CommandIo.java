package org.trasloco.app.cli.io;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Gives a command the streams and language of its run: the root command holds them, and every
 * command reaches the root through its picocli spec (so that no command depends on the root's class).
 */
public final class CommandIo {

    private CommandIo() {
    }

    /** What the root command of a run holds. */
    public interface Holder {
        /** The streams and language of this run. */
        CliIo io();
    }

    /**
     * The streams of the run a command belongs to.
     *
     * @param spec the command's spec (injected by picocli with {@code @Spec})
     * @return the streams
     */
    public static CliIo of(CommandSpec spec) {
        return ((Holder) spec.root().userObject()).io();
    }
}
