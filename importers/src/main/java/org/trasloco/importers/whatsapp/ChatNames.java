package org.trasloco.importers.whatsapp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The chat's name from the export's file names: {@code WhatsApp Chat with Family (1).zip},
 * {@code WhatsApp_Chat_mit_Familie.txt} and {@code WhatsApp Chat - Family.zip} all name "Family"
 * (localised prefixes come from {@code markers.json}). The name is also the conversation's stable
 * key, so a later export of the same chat lands in the same conversation.
 */
final class ChatNames {

    /** The file name iOS gives the chat text inside its zip. */
    static final String IOS_TEXT_NAME = "_chat.txt";

    private static final Pattern COPY_SUFFIX = Pattern.compile("\\h*\\(\\d{1,3}\\)$");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(zip|txt)$");

    private ChatNames() {
    }

    /** The chat name a file or folder name carries, or {@code null} when it has no known prefix. */
    static String fromExportName(String fileName, WhatsAppMarkers markers) {
        String name = EXTENSION.matcher(fileName).replaceFirst("");
        name = COPY_SUFFIX.matcher(name).replaceFirst("");
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : markers.chatFilePrefixes) {
            String spaced = prefix.toLowerCase(Locale.ROOT);
            String underscored = spaced.strip().replace(' ', '_') + "_";
            if (lower.startsWith(spaced)) {
                return clean(name.substring(prefix.length()));
            }
            if (lower.startsWith(underscored)) {
                return clean(name.substring(underscored.length()).replace('_', ' '));
            }
        }
        return null;
    }

    /**
     * The chat name for an export: the text file's own name when it carries one (Android), else the
     * container's (the zip or folder holding an iOS {@code _chat.txt}), else the plain name of the
     * text file or, for {@code _chat.txt}, of its container.
     *
     * @param textFileName the chat text's file name, or {@code null}
     * @param containerName the zip's or folder's name, or {@code null}
     */
    static String choose(String textFileName, String containerName, WhatsAppMarkers markers) {
        boolean namedText = textFileName != null && !textFileName.equalsIgnoreCase(IOS_TEXT_NAME);
        String name = namedText ? fromExportName(textFileName, markers) : null;
        if (name == null && containerName != null) {
            name = fromExportName(containerName, markers);
        }
        if (name != null) {
            return name;
        }
        String plain = namedText ? textFileName : containerName;
        return clean(COPY_SUFFIX.matcher(EXTENSION.matcher(plain == null ? "" : plain).replaceFirst("")).replaceFirst(""));
    }

    private static String clean(String name) {
        String trimmed = AuthorNames.trim(name);
        return trimmed.isEmpty() ? "WhatsApp" : trimmed;
    }
}
