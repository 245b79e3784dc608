package org.trasloco.keepsake.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol from Java (the JDK's own
 * WebSocket client and Jackson; no browser download, no WebDriver). Launched with the switches that
 * keep a browser from reaching out by itself (background networking, component updates, sync,
 * first-run tasks off) and a fresh profile; every request a page makes is recorded, so a test can
 * say that nothing left {@code file://}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final String session;

    private HeadlessChromium(Process process, WebSocket socket, Listener listener) {
        this.process = process;
        this.socket = socket;
        listener.owner = this;
        this.session = attach();
    }

    /** The browser on this machine: Debian's {@code chromium}, if installed. */
    public static Optional<Path> binary() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts the browser with an empty page of the given size.
     *
     * @param profile an empty folder for the browser's profile
     * @param width the window's width in CSS pixels
     * @param height its height
     * @return the browser, with one page attached
     */
    public static HeadlessChromium launch(Path binary, Path profile, int width, int height) throws IOException {
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height, "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        address.complete(matcher.group(1));
                    }
                }
            } catch (IOException ignored) {
                // The browser has gone; the test sees it at its next command.
            }
            address.completeExceptionally(new IOException("chromium ended before it listened"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String url = address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), listener)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, socket, listener);
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
            return browser;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("could not start " + binary, e);
        }
    }

    private String attach() {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String id = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
            call(id, domain + ".enable", Map.of());
        }
        // A page in front paints (and so reports its first contentful paint) as a visible tab does.
        call(id, "Page.bringToFront", Map.of());
        return id;
    }

    /** Sends a command to the page and waits for its result. */
    public JsonNode send(String method, Map<String, ?> params) {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed", e);
        }
    }

    /**
     * Opens a URL and waits for its load event.
     *
     * @return the milliseconds from the navigation command to the load event, as the test saw them
     */
    public long open(String url) {
        int before = events.size();
        long start = System.nanoTime();
        send("Page.navigate", Map.of("url", url));
        // The list's own stream is a snapshot, safe while events keep arriving.
        await("the load event of " + url, () -> events.stream().skip(before)
                .anyMatch(e -> "Page.loadEventFired".equals(e.path("method").asText())));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Evaluates JavaScript in the page (promises awaited) and returns its value. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until an expression is true. */
    public void awaitTrue(String what, String expression) {
        await(what, () -> evaluate(expression).asBoolean(false));
    }

    /** Types text into the focused element, as a keyboard would. */
    public void type(String text) {
        send("Input.insertText", Map.of("text", text));
    }

    /** Presses Enter. */
    public void pressEnter() {
        send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13, "text", "\r"));
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13));
    }

    /** Saves a PNG of the visible part of the page. */
    public void screenshot(Path file) throws IOException {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** Every URL the pages requested since the browser started. */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (JsonNode event : events) {
            if ("Network.requestWillBeSent".equals(event.path("method").asText())) {
                urls.add(event.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    /** Messages the browser logged (refused loads, Content-Security-Policy reports) and uncaught errors. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (JsonNode event : events) {
            String method = event.path("method").asText();
            if ("Log.entryAdded".equals(method)) {
                JsonNode entry = event.path("params").path("entry");
                if (!"verbose".equals(entry.path("level").asText()) && !"info".equals(entry.path("level").asText())) {
                    problems.add(entry.path("level").asText() + ": " + entry.path("text").asText() + " " + entry.path("url").asText());
                }
            } else if ("Runtime.exceptionThrown".equals(method)) {
                problems.add("exception: " + event.path("params").path("exceptionDetails"));
            } else if ("Runtime.consoleAPICalled".equals(method)
                    && List.of("error", "warning").contains(event.path("params").path("type").asText())) {
                problems.add("console: " + event.path("params").path("args"));
            }
        }
        return problems;
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Events received so far that match. */
    public List<JsonNode> events(Predicate<JsonNode> filter) {
        return events.stream().filter(filter).toList();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // The process is ended below either way.
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void received(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /** Puts together the parts of each protocol message and hands it over. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final List<String> early = new ArrayList<>();
        private volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    HeadlessChromium browser = owner;
                    if (browser == null) {
                        early.add(message);
                    } else {
                        early.forEach(m -> deliver(browser, m));
                        early.clear();
                        deliver(browser, message);
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException("bad DevTools message", e);
                }
            }
            webSocket.request(1);
            return null;
        }

        private static void deliver(HeadlessChromium browser, String message) {
            try {
                browser.received(JSON.readTree(message));
            } catch (IOException e) {
                throw new IllegalStateException("bad DevTools message: " + message, e);
            }
        }
    }
}
