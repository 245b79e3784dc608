package org.trasloco.keepsake.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.AtomicOutput;
import org.trasloco.keepsake.MediaSource;
import org.trasloco.keepsake.Selection;
import org.trasloco.keepsake.testing.ExportFolderMedia;
import org.trasloco.keepsake.testing.Fixtures;
import org.trasloco.keepsake.testing.HostileChat;
import org.trasloco.keepsake.testing.NonnaChat;

class HtmlKeepsakeTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFamilyHistoryWithEveryMessageAndTheTelegramPhoto() throws IOException {
        try (Workspace workspace = Fixtures.importInto(dir.resolve("family.trasloco"), Fixtures.family(dir))) {
            Path out = dir.resolve("keepsake");
            HtmlKeepsakeResult result = HtmlKeepsake.write(workspace, options(out),
                    new ExportFolderMedia(Fixtures.export("telegram/chat-pair-personal/json"),
                            Fixtures.export("telegram/account-2024-json")),
                    ProgressListener.NONE, Cancellation.NEVER);

            List<ConversationSummary> listed = workspace.conversations().stream().filter(c -> c.messages() > 0).toList();
            assertEquals(listed.size(), result.conversations());
            assertEquals(workspace.messageCount(), result.messages());
            Document index = parse(out.resolve("index.html"));
            assertEquals(listed.size(), index.select("table.chats tbody tr").size());
            for (ConversationSummary conversation : listed) {
                Element row = index.select("table.chats tbody tr:has(td.title:containsOwn(" + conversation.title() + "))").first();
                if (row == null) {
                    row = index.select("table.chats tbody tr").stream()
                            .filter(r -> r.selectFirst("td.title").text().equals(conversation.title())).findFirst().orElseThrow();
                }
                assertEquals(String.format(Locale.ENGLISH, "%,d", conversation.messages()), row.selectFirst("td.count").text());
            }
            // Every message of every conversation is on a page, exactly once.
            long articles = 0;
            try (Stream<Path> files = Files.walk(out.resolve("c"))) {
                for (Path page : files.filter(p -> p.getFileName().toString().matches("p\\d{4}\\.html")).toList()) {
                    Document document = parse(page);
                    articles += document.select("main article.msg, main p.sys").size();
                }
            }
            assertEquals(workspace.messageCount(), articles);
            assertTrue(result.filesCopied() >= 2, "photos of both Telegram exports: " + result);
            assertTrue(result.filesMissing() >= 1, "the voice note the export left out: " + result);
            try (Stream<Path> media = Files.walk(out.resolve("media"))) {
                assertTrue(media.anyMatch(p -> p.toString().endsWith(".jpg")));
            }
            assertTrue(Files.exists(out.resolve(AtomicOutput.MARKER)));
            assertTrue(Files.exists(out.resolve("search/manifest.js")));
        }
    }

    @Test
    void textFromTheExportNeverBecomesMarkup() throws IOException {
        Path export = HostileChat.write(dir);
        try (Workspace workspace = Fixtures.importInto(dir.resolve("hostile.trasloco"), export)) {
            Path out = dir.resolve("keepsake");
            HtmlKeepsake.write(workspace, options(out).withMyNames(Set.of("Jess Moreau")), new ExportFolderMedia(export),
                    ProgressListener.NONE, Cancellation.NEVER);
            List<Path> pages = new ArrayList<>();
            try (Stream<Path> files = Files.walk(out)) {
                files.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
            }
            assertEquals(3, pages.size(), "index, contents, one page: " + pages);
            for (Path page : pages) {
                String html = Files.readString(page);
                Document document = Jsoup.parse(html);
                // Only our own script, only our own style sheet, no handlers, no script links.
                assertEquals(List.of("assets/keepsake.js"), document.select("script").stream()
                        .map(s -> s.attr("src").replace("../../", "")).toList(), page.toString());
                assertTrue(document.select("[style], style, iframe, object, embed, img[src=x], b, i").isEmpty(), page.toString());
                for (Element element : document.getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        assertFalse(attribute.getKey().startsWith("on"), page + ": " + element);
                        assertFalse(attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), page + ": " + element);
                    }
                }
            }
            Document chat = parse(out.resolve("c/0001/p0001.html"));
            assertEquals(HostileChat.NAME, chat.selectFirst("h1").text());
            List<String> texts = chat.select("article .text").eachText();
            assertTrue(texts.contains(HostileChat.SCRIPT), texts.toString());
            assertTrue(texts.contains(HostileChat.IMAGE_HANDLER), texts.toString());
            assertTrue(texts.contains(HostileChat.HEBREW), texts.toString());
            assertEquals(List.of("Mallory <i>", "Eve"), chat.select("article .author").eachText().subList(0, 2));
            // The only link in the text is the web address, with its query kept.
            assertEquals(List.of("https://example.org/?a=1&b=<2>"), chat.select("article .text a").eachAttr("href"));
            // Right to left works by itself: every text says dir=auto.
            assertTrue(chat.select("article .text").stream().allMatch(e -> e.attr("dir").equals("auto")));
            // The user's messages are set apart; the photo is shown, the voice note playable.
            assertEquals(2, chat.select("article.mine").size());
            assertEquals(1, chat.select("figure img[src$=.png]").size());
            assertEquals(1, chat.select("audio[controls][src$=.wav]").size());
            String csp = chat.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(csp.startsWith("default-src 'none'") && csp.contains("script-src 'self'"), csp);
        }
    }

    @Test
    void aLongChatIsSplitIntoLinkedPagesWithMonthsInItsContents() throws IOException {
        try (Workspace workspace = Fixtures.importInto(dir.resolve("t.trasloco"), Fixtures.export("telegram/account-2024-json"))) {
            ConversationSummary biggest = workspace.conversations().stream()
                    .max(java.util.Comparator.comparingLong(ConversationSummary::messages)).orElseThrow();
            Path out = dir.resolve("keepsake");
            HtmlKeepsake.write(workspace, options(out).withMessagesPerPage(3)
                    .withSelection(Selection.all().onlyConversations(Set.of(Selection.ConversationRef.of(biggest)))),
                    MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            int pages = (int) ((biggest.messages() + 2) / 3);
            assertTrue(pages >= 2, "the fixture's largest chat has more than 3 messages: " + biggest);
            for (int page = 1; page <= pages; page++) {
                Document document = parse(out.resolve("c/0001/p" + ConversationPages.number(page) + ".html"));
                assertEquals(page > 1, !document.select("nav.pager a:containsOwn(Older)").isEmpty());
                assertEquals(page < pages, !document.select("nav.pager a:containsOwn(Newer)").isEmpty());
            }
            Document contents = parse(out.resolve("c/0001/index.html"));
            for (Element month : contents.select("ul.months a")) {
                String[] target = month.attr("href").split("#");
                Document page = parse(out.resolve("c/0001").resolve(target[0]));
                assertTrue(page.getElementById(target[1]) != null, month.attr("href"));
            }
        }
    }

    @Test
    void aDateRangeKeepsOnlyItsDays() throws IOException {
        try (Workspace workspace = Fixtures.importInto(dir.resolve("t.trasloco"), Fixtures.family(dir))) {
            Path out = dir.resolve("keepsake");
            LocalDate day = LocalDate.of(2024, 2, 14);
            HtmlKeepsakeResult result = HtmlKeepsake.write(workspace, options(out).withSelection(Selection.all().between(day, day)),
                    MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            try (Stream<Path> files = Files.walk(out.resolve("c"))) {
                for (Path page : files.filter(p -> p.getFileName().toString().startsWith("p0")).toList()) {
                    for (Element time : parse(page).select("article time, p.sys time")) {
                        assertTrue(time.attr("datetime").startsWith("2024-02-14"), time.toString());
                    }
                }
            }
            assertTrue(result.messages() > 0 && result.messages() < workspace.messageCount(), result.toString());
        }
    }

    @Test
    void nothingIsLeftWhenCancelledAndAFolderOfOtherFilesIsNeverReplaced() throws IOException {
        try (Workspace workspace = Fixtures.importInto(dir.resolve("t.trasloco"), Fixtures.family(dir))) {
            Path out = dir.resolve("keepsake");
            CancellationFlag flag = new CancellationFlag();
            ProgressListener cancelAtOnce = (done, total) -> flag.cancel();
            TraslocoException cancelled = assertThrows(TraslocoException.class,
                    () -> HtmlKeepsake.write(workspace, options(out), MediaSource.NONE, cancelAtOnce, () -> flag.isCancelled()));
            assertEquals(TraslocoException.Kind.CANCELLED, cancelled.kind());
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith("t.trasloco") && !n.equals("named-exports")).toList(), "nothing but the workspace and the inputs");
            }

            Path photos = Files.createDirectories(dir.resolve("photos"));
            Files.writeString(photos.resolve("holiday.txt"), "mine", StandardCharsets.UTF_8);
            TraslocoException refused = assertThrows(TraslocoException.class,
                    () -> HtmlKeepsake.write(workspace, options(photos), MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER));
            assertEquals(TraslocoException.Kind.USAGE, refused.kind());
            assertTrue(refused.getMessage().contains(photos.toString()), refused.getMessage());
            assertEquals("mine", Files.readString(photos.resolve("holiday.txt")));

            // An earlier keepsake is replaced as a whole.
            HtmlKeepsake.write(workspace, options(out), MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            Files.writeString(out.resolve("stale.html"), "old");
            HtmlKeepsake.write(workspace, options(out), MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            assertFalse(Files.exists(out.resolve("stale.html")));
        }
    }

    @Test
    void theSearchIndexIsDataThatNeitherEndsItsStringsNorItsScript() throws IOException {
        Path export = HostileChat.write(dir);
        try (Workspace workspace = Fixtures.importInto(dir.resolve("h.trasloco"), export)) {
            Path out = dir.resolve("keepsake");
            HtmlKeepsake.write(workspace, options(out), MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            String chunk = Files.readString(out.resolve("search/0001-1.js"));
            assertTrue(chunk.startsWith("KEEPSAKE_SEARCH.chunk(\"0001\",[[1,"), chunk);
            assertTrue(chunk.endsWith("]);\n"), chunk);
            assertFalse(chunk.contains("\u2028"), "U+2028 is escaped");
            assertTrue(chunk.contains("\\u2028"), chunk);
            assertTrue(chunk.contains("\\\"><img src=x"), "quotes are escaped: " + chunk);
        }
    }

    @Test
    void speaksTheReadersLanguage() throws IOException {
        Path export = NonnaChat.write(dir);
        try (Workspace workspace = Fixtures.importInto(dir.resolve("n.trasloco"), export)) {
            Path out = dir.resolve("ricordo");
            HtmlKeepsake.write(workspace, HtmlKeepsakeOptions.of(out, Locale.ITALIAN).withMadeOn(LocalDate.of(2025, 12, 1)),
                    MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            Document index = parse(out.resolve("index.html"));
            assertEquals("it", index.selectFirst("html").attr("lang"));
            assertEquals("Le nostre chat", index.title());
            assertTrue(index.selectFirst("p.intro").text().startsWith("Una conversazione, 9 messaggi, conservati il 1 dicembre 2025."),
                    index.selectFirst("p.intro").text());
            Document page = parse(out.resolve("c/0001/p0001.html"));
            assertEquals(List.of("sabato 20 aprile 2024", "domenica 21 aprile 2024"), page.select("h2.day").eachText());
            assertEquals("Cerca in questa chat", page.selectFirst("#q").attr("placeholder"));
            assertTrue(page.select("p.missing").eachText().contains("Foto: " + NonnaChat.PHOTO + " (non incluso)"));
        }
    }

    private static HtmlKeepsakeOptions options(Path out) {
        return HtmlKeepsakeOptions.of(out, Locale.ENGLISH).withMadeOn(LocalDate.of(2025, 12, 1));
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
