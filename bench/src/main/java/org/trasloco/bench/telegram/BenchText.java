package org.trasloco.bench.telegram;

import org.trasloco.core.i18n.MessageKey;

/** The texts the benchmark generators print ({@code messages*.properties} beside this package). */
enum BenchText implements MessageKey {
    /** {0} file or folder, {1} messages, {2} megabytes. */
    WROTE("bench.wrote");

    private final String key;

    BenchText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.bench.telegram.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
