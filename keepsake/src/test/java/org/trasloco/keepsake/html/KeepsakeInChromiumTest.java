package org.trasloco.keepsake.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.testing.ExportFolderMedia;
import org.trasloco.keepsake.testing.Fixtures;
import org.trasloco.keepsake.testing.HeadlessChromium;
import org.trasloco.keepsake.testing.HostileChat;
import org.trasloco.keepsake.testing.NonnaChat;
import org.trasloco.keepsake.testing.Screenshots;

/**
 * The keepsake as a person meets it: opened from disk in headless Chromium, searched, played, read
 * in large print; every request the pages make stays on {@code file://}. Writes the pictures of
 * {@code docs/user-guide-keepsake.md}.
 */
class KeepsakeInChromiumTest {

    @TempDir
    Path dir;

    @Test
    void opensSearchesAndPlaysOfflineWithNothingLeavingTheFolder() throws IOException {
        Path chromium = Screenshots.chromium();
        Path hostile = HostileChat.write(dir);
        Path nonna = NonnaChat.write(dir);
        Path[] exports = Stream.concat(Arrays.stream(Fixtures.family(dir)), Stream.of(nonna, hostile)).toArray(Path[]::new);
        Path out = dir.resolve("Our chats");
        try (Workspace workspace = Fixtures.importInto(dir.resolve("family.trasloco"), exports)) {
            HtmlKeepsake.write(workspace, HtmlKeepsakeOptions.of(out, Locale.ENGLISH).withMadeOn(LocalDate.of(2025, 12, 1))
                            .withMyNames(Set.of("Jess Moreau")),
                    new ExportFolderMedia(hostile, nonna, Fixtures.export("telegram/chat-pair-personal/json"),
                            Fixtures.export("telegram/account-2024-json")),
                    ProgressListener.NONE, Cancellation.NEVER);
        }
        Path shots = Screenshots.folder();
        try (HeadlessChromium browser = HeadlessChromium.launch(chromium, Files.createDirectories(dir.resolve("profile")), 1100, 820)) {
            browser.open(out.resolve("index.html").toUri().toString());
            assertEquals("Our chats", browser.evaluate("document.title").asText());
            assertTrue(browser.evaluate("document.querySelectorAll('table.chats tbody tr').length").asInt() >= 8);
            browser.awaitTrue("the search box shown", "!document.getElementById('search').hidden");
            browser.screenshot(shots.resolve("keepsake-index-en.png"));

            // Search as a person does: type, press Enter, follow the first result.
            browser.evaluate("document.getElementById('q').focus()");
            browser.type("tulips");
            browser.pressEnter();
            browser.awaitTrue("a search result", "document.querySelectorAll('#results li a').length > 0");
            assertEquals(1, browser.evaluate("document.querySelectorAll('#results li').length").asInt());
            assertEquals("tulips", browser.evaluate("document.querySelector('#results li mark').textContent").asText());
            assertTrue(browser.evaluate("document.querySelector('#results li a').textContent").asText().contains("Nonna Rosa"));
            // Without the blinking caret, the picture is the same at every run.
            browser.evaluate("document.activeElement.blur()");
            browser.screenshot(shots.resolve("keepsake-search-en.png"));
            browser.evaluate("document.querySelector('#results li a').click()");
            browser.awaitTrue("the result's page", "location.pathname.endsWith('/p0001.html') && document.querySelector(':target') !== null");
            assertTrue(browser.evaluate("document.querySelector(':target .text').textContent").asText().contains("The tulips are amazing"));

            // A search with several results counts them in the reader's language.
            browser.evaluate("document.getElementById('q').value = 'nonna'; document.getElementById('search').requestSubmit()");
            browser.awaitTrue("several results", "document.querySelectorAll('#results li').length > 1");
            assertEquals(browser.evaluate("document.querySelectorAll('#results li').length").asInt() + " messages found",
                    browser.evaluate("document.querySelector('#results .summary').textContent").asText());
            browser.evaluate("document.getElementById('results').hidden = true");

            // Enter pressed while the index is still loading (focus starts it): each message once.
            String nonnaPage = browser.evaluate("location.href").asText().split("#")[0];
            browser.open(nonnaPage);
            browser.evaluate("(() => { const q = document.getElementById('q'); q.focus(); q.value = 'nonna';"
                    + " document.getElementById('search').requestSubmit(); })()");
            browser.awaitTrue("results while loading", "document.querySelector('#results .summary') !== null");
            String first = browser.evaluate("document.querySelector('#results .summary').textContent").asText();
            browser.evaluate("document.getElementById('search').requestSubmit()");
            assertEquals(first, browser.evaluate("document.querySelector('#results .summary').textContent").asText());
            assertEquals(first, browser.evaluate("document.querySelectorAll('#results li').length").asInt() + " messages found");
            browser.open(nonnaPage);

            // Nonna's chat: the photo shows, the voice note plays.
            browser.evaluate("window.scrollTo(0, 0)");
            browser.awaitTrue("the photo decoded", "(() => { const i = document.querySelector('figure img');"
                    + " return i.complete && i.naturalWidth === 320; })()");
            browser.awaitTrue("the voice note's length known", "document.querySelector('audio').readyState >= 1");
            assertEquals(0.5, browser.evaluate("document.querySelector('audio').duration").asDouble(), 0.01);
            browser.screenshot(shots.resolve("keepsake-conversation-en.png"));

            // The hostile chat: nothing ran, Hebrew reads right to left, the rest left to right.
            browser.open(out.resolve("index.html").toUri().toString());
            String hostileChat = browser.evaluate("[...document.querySelectorAll('td.title a')].find(a => a.textContent === "
                    + "'" + HostileChat.NAME.replace("\"", "\\\"") + "').href").asText();
            browser.open(hostileChat.replace("index.html", "p0001.html"));
            assertEquals(-1, browser.evaluate("document.title.indexOf('pwned')").asInt());
            assertEquals(0, browser.evaluate("document.querySelectorAll('main script, main img[src=x]').length").asInt());
            assertEquals("rtl", browser.evaluate("getComputedStyle([...document.querySelectorAll('.text')]"
                    + ".find(e => e.textContent.startsWith('" + HostileChat.HEBREW.substring(0, 4) + "'))).direction").asText());
            assertEquals("ltr", browser.evaluate("getComputedStyle([...document.querySelectorAll('.text')]"
                    + ".find(e => e.textContent.startsWith('Grandma'))).direction").asText());

            // Large print: one press, and it stays for the next page.
            double normal = browser.evaluate("parseFloat(getComputedStyle(document.querySelector('.text')).fontSize)").asDouble();
            browser.evaluate("document.getElementById('size').click()");
            double large = browser.evaluate("parseFloat(getComputedStyle(document.querySelector('.text')).fontSize)").asDouble();
            assertTrue(large >= normal * 1.3, normal + " -> " + large);
            browser.open(out.resolve("index.html").toUri().toString());
            assertTrue(browser.evaluate("document.documentElement.classList.contains('large')").asBoolean());
            browser.evaluate("document.getElementById('size').click()");

            // Mira's Telegram chat: a reply links to its original.
            String mira = browser.evaluate("[...document.querySelectorAll('td.title a')].find(a => a.textContent === 'Mira').href").asText();
            browser.open(mira.replace("index.html", "p0001.html"));
            assertTrue(browser.evaluate("document.querySelectorAll('a.reply').length").asInt() >= 1);
            // Its photo is a stub in the fixture, as a damaged file would be: the name stays, as a link.
            browser.evaluate("document.querySelectorAll('img').forEach(i => i.loading = 'eager')");
            browser.awaitTrue("the damaged photo replaced by its name", "document.querySelectorAll('figure img').length === 0"
                    + " && document.querySelector('figure a .broken').textContent.startsWith('Photo: ')");
            browser.evaluate("document.querySelector('a.reply').click()");
            browser.awaitTrue("the replied message", "document.querySelector(':target') !== null");

            List<String> requests = browser.requests();
            assertTrue(requests.size() > 10, requests.toString());
            // Besides the folder's own files, only the icons of Chromium's audio player, inlined as data: URLs.
            assertEquals(List.of(), requests.stream().filter(url -> !url.startsWith("file://"))
                    .filter(url -> !url.startsWith("data:image/svg+xml;")).toList());
            assertEquals(List.of(), browser.problems());
        }
        BufferedImage index = ImageIO.read(shots.resolve("keepsake-index-en.png").toFile());
        assertEquals(1100, index.getWidth());
    }
}
