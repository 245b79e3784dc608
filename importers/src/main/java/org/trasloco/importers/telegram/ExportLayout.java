package org.trasloco.importers.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.trasloco.importers.telegram.json.JsonShape;

/**
 * Where the parts of a Telegram Desktop export are, found from whatever the user pointed at: the
 * export folder, its {@code result.json}, {@code messages.html} (or any later page) or
 * {@code export_results.html}, or the folder of one chat inside a full HTML export. When an export
 * has both formats ("HTML and JSON"), the JSON is read: it has ids and exact times.
 *
 * @param format which format and shape to read
 * @param target the JSON file, the chat folder, or the account export's folder
 * @param root the export folder that media paths are relative to
 */
record ExportLayout(Format format, Path target, Path root) {

    /** What to read. */
    enum Format {
        /** {@code result.json}, one chat or a whole account. */
        JSON,
        /** The pages of one chat. */
        HTML_CHAT,
        /** {@code export_results.html} and its chat folders. */
        HTML_ACCOUNT
    }

    static final String RESULT_JSON = "result.json";
    static final String EXPORT_RESULTS = "export_results.html";
    private static final String FIRST_PAGE = "messages.html";
    private static final int SNIFF_BYTES = 16 * 1024;

    /**
     * Finds the export at a path.
     *
     * @param path what the user gave
     * @return the layout, or {@code null} when the path is no Telegram Desktop export
     */
    static ExportLayout of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return ofFolder(absolute);
        }
        if (!Files.isRegularFile(absolute)) {
            return null;
        }
        String name = absolute.getFileName().toString();
        Path folder = absolute.getParent();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return JsonShape.sniff(absolute) != null ? new ExportLayout(Format.JSON, absolute, folder) : null;
        }
        ExportLayout json = json(folder);
        if (EXPORT_RESULTS.equals(name)) {
            return json != null ? json : isTelegramPage(absolute, false) ? new ExportLayout(Format.HTML_ACCOUNT, folder, folder)
                    : null;
        }
        if (isChatPageName(name) && isTelegramPage(absolute, true)) {
            return json != null ? json : new ExportLayout(Format.HTML_CHAT, folder, rootOfChat(folder));
        }
        return null;
    }

    private static ExportLayout ofFolder(Path folder) {
        ExportLayout json = json(folder);
        if (json != null) {
            return json;
        }
        Path results = folder.resolve(EXPORT_RESULTS);
        if (Files.isRegularFile(results) && isTelegramPage(results, false)) {
            return new ExportLayout(Format.HTML_ACCOUNT, folder, folder);
        }
        Path page = firstPage(folder);
        if (page != null && isTelegramPage(page, true)) {
            return new ExportLayout(Format.HTML_CHAT, folder, rootOfChat(folder));
        }
        return null;
    }

    private static ExportLayout json(Path folder) {
        Path result = folder.resolve(RESULT_JSON);
        return Files.isRegularFile(result) && JsonShape.sniff(result) != null
                ? new ExportLayout(Format.JSON, result, folder) : null;
    }

    /** {@code messages.html}, or (when it is missing, which reading will report) any other page. */
    private static Path firstPage(Path folder) {
        Path first = folder.resolve(FIRST_PAGE);
        if (Files.isRegularFile(first)) {
            return first;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> isChatPageName(file.getFileName().toString())).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A chat folder of a full export ({@code chats/chat_NN}) has its media links relative to the export folder. */
    private static Path rootOfChat(Path folder) {
        Path chats = folder.getParent();
        if (chats != null && "chats".equals(String.valueOf(chats.getFileName())) && chats.getParent() != null
                && Files.isRegularFile(chats.getParent().resolve(EXPORT_RESULTS))) {
            return chats.getParent();
        }
        return folder;
    }

    private static boolean isChatPageName(String name) {
        return name.matches("messages\\d*\\.html");
    }

    /** Whether a page's head looks like Telegram Desktop's HTML (and, for chat pages, holds a message list). */
    private static boolean isTelegramPage(Path page, boolean chatPage) {
        try (InputStream in = Files.newInputStream(page)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return head.contains("<title>Exported Data</title>") && head.contains("class=\"page_wrap\"")
                    && (!chatPage || head.contains("class=\"history\""));
        } catch (IOException e) {
            return false;
        }
    }
}
