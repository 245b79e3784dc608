package org.trasloco.core.history;

/** The messenger an export comes from. */
public enum Network {
    /** WhatsApp "Export chat" files. */
    WHATSAPP("whatsapp"),
    /** Telegram Desktop exports. */
    TELEGRAM("telegram");

    private final String id;

    Network(String id) {
        this.id = id;
    }

    /** The stable lower-case name used in files, ids and the CLI ({@code whatsapp}, {@code telegram}). */
    public String id() {
        return id;
    }

    /**
     * Finds a network by its {@link #id()}.
     *
     * @param id the stable name
     * @return the network
     * @throws IllegalArgumentException when no network has that name
     */
    public static Network ofId(String id) {
        for (Network network : values()) {
            if (network.id.equals(id)) {
                return network;
            }
        }
        throw new IllegalArgumentException("unknown network: " + id);
    }
}
