package org.trasloco.importers.telegram.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.telegram.chat.TelegramMessages;

/**
 * The pages of one HTML chat: {@code messages.html}, {@code messages2.html}, {@code messages3.html},
 * … (1000 messages each), in numeric order ({@code messages10.html} comes after
 * {@code messages9.html}). Checked before anything is read: a gap in the numbering, or a last page
 * that links to a next one, means the copy is incomplete.
 */
final class ChatPages {

    private static final Pattern PAGE = Pattern.compile("messages(\\d*)\\.html");
    private static final Pattern NEXT = Pattern.compile("href=\"(messages\\d*\\.html)\"[^>]*>\\s*Next messages");
    private static final int TAIL_BYTES = 8 * 1024;

    private ChatPages() {
    }

    /**
     * Whether a file name is one of a chat's pages.
     *
     * @param name a file name
     * @return {@code true} for {@code messages.html}, {@code messages2.html}, …
     */
    static boolean isPage(String name) {
        return number(name) > 0;
    }

    /**
     * Lists and checks the pages of a chat folder.
     *
     * @param folder the folder holding {@code messages.html}
     * @param label how to name the folder in errors
     * @return the pages in order
     * @throws org.trasloco.core.error.TraslocoException when a page is missing
     * @throws IOException when the folder cannot be listed
     */
    static List<Path> of(Path folder, String label) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw InputErrors.badInput(TelegramMessages.MISSING_PAGE, name(1), label);
        }
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> isPage(file.getFileName().toString()) && Files.isRegularFile(file)).forEach(pages::add);
        }
        pages.sort(Comparator.comparingInt(page -> number(page.getFileName().toString())));
        for (int i = 0; i < pages.size(); i++) {
            if (number(pages.get(i).getFileName().toString()) != i + 1) {
                throw InputErrors.badInput(TelegramMessages.MISSING_PAGE, name(i + 1), label);
            }
        }
        if (pages.isEmpty()) {
            throw InputErrors.badInput(TelegramMessages.MISSING_PAGE, name(1), label);
        }
        String next = nextPage(pages.get(pages.size() - 1));
        if (next != null) {
            throw InputErrors.badInput(TelegramMessages.MISSING_PAGE, next, label);
        }
        return pages;
    }

    /** The page a page's "Next messages" link points to, read from its tail; {@code null} when none. */
    private static String nextPage(Path page) throws IOException {
        long size = Files.size(page);
        byte[] tail;
        try (InputStream in = Files.newInputStream(page)) {
            in.skipNBytes(Math.max(0, size - TAIL_BYTES));
            tail = in.readAllBytes();
        }
        Matcher matcher = NEXT.matcher(new String(tail, StandardCharsets.UTF_8));
        String next = null;
        while (matcher.find()) {
            next = matcher.group(1);
        }
        return next;
    }

    /** The page's number: 1 for {@code messages.html}, N for {@code messagesN.html} (N ≥ 2), else 0. */
    private static int number(String name) {
        Matcher matcher = PAGE.matcher(name);
        if (!matcher.matches()) {
            return 0;
        }
        if (matcher.group(1).isEmpty()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(matcher.group(1));
            return number >= 2 ? number : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String name(int number) {
        return number == 1 ? "messages.html" : "messages" + number + ".html";
    }
}
