package org.trasloco.bench;

import org.trasloco.app.cli.Cli;

/** Runs {@code trasloco bench …}: the launcher starts this class for that command. */
public final class BenchMain {

    private BenchMain() {
    }

    /**
     * Runs a measurement and exits with its code.
     *
     * @param args the arguments after {@code trasloco bench}
     */
    public static void main(String[] args) {
        System.exit(Cli.standard(BenchRoot::new).run(withBench(args)));
    }

    /** The command line of the root: {@code bench} and the arguments after it. */
    static String[] withBench(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
