package org.trasloco.importers;

import java.util.Locale;
import java.util.Map;

/** Media types of the files chat exports carry, guessed from the file name. */
public final class MediaTypes {

    /** The type of a file whose kind is unknown. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("tgs", "application/x-tgsticker"), Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("3gp", "video/3gpp"), Map.entry("webm", "video/webm"), Map.entry("mkv", "video/x-matroska"),
            Map.entry("opus", "audio/ogg"), Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("mp3", "audio/mpeg"), Map.entry("aac", "audio/aac"),
            Map.entry("amr", "audio/amr"), Map.entry("wav", "audio/wav"), Map.entry("pdf", "application/pdf"),
            Map.entry("vcf", "text/vcard"), Map.entry("vcard", "text/vcard"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("zip", "application/zip"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"), Map.entry("apk", "application/vnd.android.package-archive"));

    private MediaTypes() {
    }

    /**
     * Guesses a media type.
     *
     * @param fileName a file name
     * @return its media type, or {@link #UNKNOWN}
     */
    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
