package org.trasloco.importers.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.io.MediaLookup;
import org.trasloco.importers.io.SafeZip;
import org.trasloco.importers.ZipLimits;

/** Opens what the user gave as a {@link ChatSource}. */
final class ChatSources {

    private ChatSources() {
    }

    /**
     * Opens a path as a chat source.
     *
     * @throws org.trasloco.core.error.TraslocoException of kind {@code BAD_INPUT} when the path is
     *     missing, empty, a damaged or unsafe zip, or holds no chat text
     */
    static ChatSource open(Path path, ZipLimits limits, WhatsAppMarkers markers) {
        if (!Files.exists(path)) {
            throw InputErrors.badInput(ImporterMessages.INPUT_NOT_FOUND, path);
        }
        if (Files.isDirectory(path)) {
            return folder(path, markers);
        }
        if (isZip(path)) {
            return zip(path, limits, markers);
        }
        return new TextFile(path, ChatNames.choose(name(path), parentName(path), markers), siblings(path));
    }

    /**
     * Picks the chat text among file names: {@code _chat.txt}; else the shortest {@code .txt} whose
     * name mentions chat or WhatsApp; else the only {@code .txt}.
     *
     * @return the chosen name, or {@code null}
     */
    static String chooseChatText(Collection<String> names) {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            String base = SafeZip.baseName(name);
            if (SafeZip.isClutter(name) || !base.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                continue;
            }
            if (base.equalsIgnoreCase(ChatNames.IOS_TEXT_NAME)) {
                return name;
            }
            texts.add(name);
        }
        return texts.stream()
                .filter(name -> {
                    String lower = SafeZip.baseName(name).toLowerCase(Locale.ROOT);
                    return lower.contains("chat") || lower.contains("whatsapp");
                })
                .min(Comparator.comparingInt(String::length))
                .orElse(texts.size() == 1 ? texts.get(0) : null);
    }

    static boolean isZip(Path path) {
        return SafeZip.looksLikeZip(path);
    }

    private static ChatSource zip(Path path, ZipLimits limits, WhatsAppMarkers markers) {
        SafeZip zip = SafeZip.open(path, limits);
        String text = chooseChatText(zip.names());
        if (text == null) {
            closeQuietly(zip);
            throw InputErrors.badInput(ImporterMessages.WHATSAPP_NO_CHAT_TEXT, path);
        }
        MediaIndex media = new MediaIndex();
        for (String name : zip.names()) {
            if (!name.equals(text) && !SafeZip.isClutter(name)) {
                media.add(SafeZip.baseName(name), name);
            }
        }
        String chatName = ChatNames.choose(SafeZip.baseName(text), name(path), markers);
        return new ZipEntrySource(zip, text, chatName, media);
    }

    private static ChatSource folder(Path dir, WhatsAppMarkers markers) {
        List<String> names = listFiles(dir);
        List<String> chats;
        try {
            chats = ExportSniffer.chatTextsIn(dir);
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, dir);
        }
        String text = chats.size() == 1 ? chats.get(0) : chooseChatText(chats);
        if (text == null) {
            throw InputErrors.badInput(ImporterMessages.WHATSAPP_NO_CHAT_TEXT, dir);
        }
        Path textFile = dir.resolve(text);
        MediaIndex media = new MediaIndex();
        names.stream().filter(name -> !name.equals(text) && !SafeZip.isClutter(name)).forEach(name -> media.add(name, name));
        return new TextFile(textFile, ChatNames.choose(text, name(dir), markers), media);
    }

    /** The files beside a bare text file: an Android export "with media" shared as loose files. */
    private static MediaIndex siblings(Path textFile) {
        Path dir = textFile.toAbsolutePath().getParent();
        MediaIndex media = new MediaIndex();
        if (dir != null) {
            String own = name(textFile);
            listFiles(dir).stream().filter(name -> !name.equals(own)).forEach(name -> media.add(name, name));
        }
        return media;
    }

    /** The regular files of a folder, links left out: media must really be inside the export. */
    private static List<String> listFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(ChatSources::name)
                    .filter(name -> MediaLookup.regularFileInside(dir, name).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, dir);
        }
    }

    private static String name(Path path) {
        Path file = path.toAbsolutePath().normalize().getFileName();
        return file == null ? path.toString() : file.toString();
    }

    private static String parentName(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    }

    private static void closeQuietly(SafeZip zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Reporting the missing chat text is what matters.
        }
    }

    /** A chat text on disk: a bare export, or the text inside a folder of loose files. */
    private record TextFile(Path file, String chatName, MediaIndex media) implements ChatSource {
        @Override
        public String textLabel() {
            return file.toString();
        }

        @Override
        public InputStream openText() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public long textSize() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public void close() {
            // Nothing held open between reads.
        }
    }

    /** A chat text inside a zip. */
    private record ZipEntrySource(SafeZip zip, String entry, String chatName, MediaIndex media) implements ChatSource {
        @Override
        public String textLabel() {
            return zip.path() + " › " + entry;
        }

        @Override
        public InputStream openText() throws IOException {
            return zip.open(entry);
        }

        @Override
        public long textSize() {
            return zip.size(entry);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
