package org.trasloco.keepsake.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.html.HtmlKeepsake;
import org.trasloco.keepsake.html.HtmlKeepsakeOptions;
import org.trasloco.keepsake.html.HtmlKeepsakeResult;
import org.trasloco.keepsake.testing.ExportFolderMedia;
import org.trasloco.keepsake.testing.Fixtures;
import org.trasloco.keepsake.testing.HeadlessChromium;
import org.trasloco.keepsake.testing.TestMedia;

/**
 * How fast a keepsake of one very long chat opens (issue 18: a 100,000-message chat in under 2 s).
 * Writes a WhatsApp export of MESSAGES messages over ten years (one in a hundred with a photo),
 * imports it with the real importer, writes the keepsake, then opens its pages in headless Chromium
 * RUNS times, each with a fresh profile, and reports the browser's own timings (navigation start to
 * first contentful paint and to the load event) and the time a search of the whole chat takes from
 * pressing Enter to the results shown. Prints Markdown for {@code docs/benchmarks.md}. Run with
 * {@code bench/keepsake.sh}.
 */
public final class KeepsakeOpenBenchmark {

    private static final String[] WORDS = {"ciao", "domani", "pranzo", "nonna", "foto", "grazie", "arrivo", "treno",
        "giardino", "tulipani", "compleanno", "auguri", "sì", "no", "perché", "città", "😀", "❤️", "שלום", "lasagne",
        "see", "you", "tomorrow", "love", "the", "garden", "is", "lovely", "call", "me", "later"};

    private KeepsakeOpenBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args MESSAGES (default 100000), RUNS (default 5), a scratch folder (default a new one under /tmp)
     */
    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("keepsake-bench");
        Path export = writeExport(work.resolve("export"), messages);
        long start = System.nanoTime();
        HtmlKeepsakeResult result;
        long imported;
        try (Workspace workspace = Fixtures.importInto(work.resolve("bench.trasloco"), export)) {
            imported = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            result = HtmlKeepsake.write(workspace, HtmlKeepsakeOptions.of(work.resolve("keepsake"), Locale.ENGLISH)
                    .withMyNames(Set.of("Jess")), new ExportFolderMedia(export), ProgressListener.NONE, Cancellation.NEVER);
        }
        long written = (System.nanoTime() - start) / 1_000_000;
        Path root = work.resolve("keepsake");
        System.out.printf(Locale.ROOT, "- chat: %,d messages, %,d pages of %,d, %,d photos; import %,d ms, keepsake written in %,d ms, "
                + "folder %,d MB%n", result.messages(), result.pages(), HtmlKeepsakeOptions.DEFAULT_MESSAGES_PER_PAGE,
                result.filesCopied(), imported, written, size(root) / 1_000_000);
        String last = String.format(Locale.ROOT, "p%04d.html", result.pages());
        String[][] pages = {{"list of conversations", "index.html"}, {"the chat's contents (months)", "c/0001/index.html"},
            {"first page of messages", "c/0001/p0001.html"}, {"last page of messages", "c/0001/" + last}};
        System.out.println();
        System.out.println("| Run | Page | First contentful paint | Load event | Harness: navigate → load |");
        System.out.println("|---|---|---|---|---|");
        Path binary = HeadlessChromium.binary().orElseThrow(() -> new IllegalStateException("chromium is not installed"));
        StringBuilder searches = new StringBuilder();
        for (int run = 1; run <= runs; run++) {
            Path profile = Files.createTempDirectory(work, "profile");
            try (HeadlessChromium browser = HeadlessChromium.launch(binary, profile, 1100, 820)) {
                browser.open("about:blank");
                for (String[] page : pages) {
                    long harness = browser.open(root.resolve(page[1]).toUri().toString());
                    // The paint entry can come after the load event: wait for it (at most 5 s).
                    double paint = browser.evaluate("new Promise(resolve => { setTimeout(() => resolve(-1), 5000);"
                            + " new PerformanceObserver((list, observer) => { const e = list.getEntriesByName('first-contentful-paint')[0];"
                            + " if (e) { observer.disconnect(); resolve(e.startTime); } }).observe({type: 'paint', buffered: true}); })").asDouble();
                    double load = browser.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd").asDouble();
                    System.out.printf(Locale.ROOT, "| %d | %s | %.0f ms | %.0f ms | %d ms |%n", run, page[0], paint, load, harness);
                }
                double cold = search(browser, root, 0);
                String found = browser.evaluate("document.querySelector('#results .summary').textContent").asText();
                double typed = search(browser, root, 2000);
                double again = browser.evaluate(SEARCH.replace("QUERY", "lasagne")).asDouble();
                searches.append(String.format(Locale.ROOT, "| %d | %.0f ms | %.0f ms | %.0f ms | %s |%n", run, cold, typed, again, found));
                if (!browser.requests().stream().allMatch(u -> u.startsWith("file://") || u.startsWith("about:")
                        || u.startsWith("data:image/svg+xml;"))) {
                    throw new IllegalStateException("a request left the folder: " + browser.requests());
                }
            }
        }
        System.out.println();
        System.out.println("| Run | Search at once (Enter as the page opens) | Search after 2 s of typing | Next search | Result |");
        System.out.println("|---|---|---|---|---|");
        System.out.print(searches);
    }

    /** Searches the whole chat; resolves with the milliseconds from Enter to the results shown. */
    private static final String SEARCH = "new Promise(resolve => { const t0 = performance.now();"
            + " const r = document.getElementById('results');"
            + " const o = new MutationObserver(() => { if (r.querySelector('.summary')) { o.disconnect();"
            + " resolve(performance.now() - t0); } });"
            + " o.observe(r, {childList: true, subtree: true});"
            + " document.getElementById('q').value = 'QUERY';"
            + " document.getElementById('search').requestSubmit(); })";

    /** Opens the first page, focuses the search box, waits {@code typing} ms, presses Enter. */
    private static double search(HeadlessChromium browser, Path root, long typing) throws InterruptedException {
        browser.open(root.resolve("c/0001/p0001.html").toUri().toString());
        browser.evaluate("document.getElementById('q').focus()");
        Thread.sleep(typing);
        return browser.evaluate(SEARCH.replace("QUERY", "tulipani garden")).asDouble();
    }

    /** A WhatsApp "Export chat" with media, unpacked: the text and its photos. */
    private static Path writeExport(Path folder, int messages) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(18);
        byte[] photo = TestMedia.png();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm", Locale.ROOT);
        LocalDateTime time = LocalDateTime.of(2015, 1, 1, 8, 0);
        long minutesApart = Math.max(1, 10L * 365 * 24 * 60 / messages);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("WhatsApp Chat with Nonna.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < messages; i++) {
                time = time.plusMinutes(1 + random.nextLong(2 * minutesApart));
                String author = random.nextBoolean() ? "Jess" : "Nonna";
                out.write(format.format(time) + " - " + author + ": ");
                if (i % 100 == 99) {
                    String name = String.format(Locale.ROOT, "IMG-%s-WA%04d.png", time.toLocalDate().toString().replace("-", ""), i % 10_000);
                    Files.write(folder.resolve(name), photo);
                    out.write(name + " (file attached)\n");
                }
                int words = random.nextInt(20) == 0 ? 40 + random.nextInt(60) : 1 + random.nextInt(14);
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : w % 15 == 14 ? "\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                out.write(text + "\n");
            }
        }
        return folder;
    }

    private static long size(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
