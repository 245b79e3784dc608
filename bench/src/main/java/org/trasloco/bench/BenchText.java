package org.trasloco.bench;

import org.trasloco.core.i18n.MessageKey;

/** The texts the bench commands print ({@code org/trasloco/bench/messages*.properties}). */
public enum BenchText implements MessageKey {
    GENERATED("generated"),
    ARCHIVE_GENERATED("archive.generated"),
    ARCHIVE_UPLOAD("archive.upload"),
    ARCHIVE_VERIFY("archive.verify"),
    ARCHIVE_SERVER_CPU("archive.serverCpu"),
    IMPORT_RUN("import.run"),
    IMPORT_SUMMARY("import.summary"),
    TABLE_FRAMES("table.frames"),
    PEOPLE_RUN("people.run"),
    PEOPLE_SUMMARY("people.summary"),
    PEOPLE_GENERATED("people.generated");

    private final String key;

    BenchText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.bench.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
