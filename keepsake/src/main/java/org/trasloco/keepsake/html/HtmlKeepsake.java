package org.trasloco.keepsake.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.AtomicOutput;
import org.trasloco.keepsake.KeepsakeText;
import org.trasloco.keepsake.MediaSource;

/**
 * Writes the web keepsake: a folder that opens in any browser with no network. Its
 * {@code index.html} lists the conversations (name, people, period, count); each conversation has a
 * contents page by month and pages of messages ({@link HtmlKeepsakeOptions#messagesPerPage()} each,
 * so a chat of 100,000 messages opens as fast as a short one); files of the exports are copied in;
 * a search box searches a prebuilt index offline. No page loads anything from outside the folder:
 * a strict Content-Security-Policy says so to the browser as well.
 *
 * <pre>{@code
 * HtmlKeepsakeResult result = HtmlKeepsake.write(workspace,
 *         HtmlKeepsakeOptions.of(folder, Locale.ITALIAN).withMyNames(MyNames.of(workspace)),
 *         media, progress, cancellation);
 * }</pre>
 *
 * <p>The folder is written beside its target under a temporary name and moved into place when
 * complete: a failure or a cancellation leaves nothing behind. Each conversation is read twice
 * through a {@link org.trasloco.core.workspace.MessageCursor}, one message at a time.
 */
public final class HtmlKeepsake {

    private static final String[] ASSETS = {"keepsake.css", "keepsake.js"};
    private static final int PEOPLE_SHOWN = 6;

    private HtmlKeepsake() {
    }

    /**
     * Writes the keepsake.
     *
     * @param workspace the workspace to read
     * @param options the folder, language and selection
     * @param media where the files of the exports come from ({@link MediaSource#NONE} for none)
     * @param progress told how many messages of how many are written
     * @param cancellation asked between messages whether to stop
     * @return what the keepsake holds
     * @throws TraslocoException of kind {@code USAGE} when the selection is empty or the folder holds
     *     something else, {@code STORAGE} when writing fails, {@code CANCELLED} when cancelled
     */
    public static HtmlKeepsakeResult write(Workspace workspace, HtmlKeepsakeOptions options, MediaSource media,
            ProgressListener progress, Cancellation cancellation) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        List<ConversationPlan> plans = new ArrayList<>();
        for (ConversationSummary summary : options.selection().pick(workspace.conversations())) {
            ConversationPlan plan = ConversationPlan.read(workspace, summary, options.selection(), cancellation);
            if (plan.messages() > 0) {
                plans.add(plan);
            }
        }
        if (plans.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, KeepsakeText.SELECTION_EMPTY);
        }
        // The most recent conversations first, as on a phone.
        plans.sort(Comparator.comparing(ConversationPlan::last).reversed());
        long total = plans.stream().mapToLong(ConversationPlan::messages).sum();
        try (AtomicOutput output = AtomicOutput.folder(options.directory())) {
            Path root = output.path();
            copyAssets(root);
            Pages pages = new Pages(options.locale(), options.largePrint());
            MediaCopier copier = new MediaCopier(root, media);
            ConversationPages writer = new ConversationPages(pages, new MessageRenderer(pages, options.myNames()), copier,
                    root, options.messagesPerPage());
            SearchIndex search = new SearchIndex(root);
            List<IndexPage.Row> rows = new ArrayList<>();
            AtomicLong done = new AtomicLong();
            progress.progress(0, total);
            int pageCount = 0;
            int number = 0;
            for (ConversationPlan plan : plans) {
                String id = ConversationPages.number(++number);
                pageCount += writer.write(workspace, plan, id, options.selection(), search, cancellation,
                        written -> progress.progress(done.addAndGet(written), total));
                rows.add(new IndexPage.Row(id, plan, people(workspace, plan.summary())));
            }
            search.finish(options.messagesPerPage());
            new IndexPage(pages, options).write(root.resolve("index.html"), rows, total);
            output.commit();
            return new HtmlKeepsakeResult(output.target().resolve("index.html"), plans.size(), total, pageCount,
                    copier.copied(), copier.missing());
        } catch (IOException e) {
            throw AtomicOutput.failed(options.directory(), e);
        } catch (UncheckedIOException e) {
            throw AtomicOutput.failed(options.directory(), e.getCause());
        }
    }

    private static IndexPage.People people(Workspace workspace, ConversationSummary summary) {
        List<String> names = workspace.participants(summary.network(), summary.key()).stream()
                .map(Participant::name).toList();
        return new IndexPage.People(names.stream().limit(PEOPLE_SHOWN).toList(), Math.max(0, names.size() - PEOPLE_SHOWN));
    }

    private static void copyAssets(Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("assets"));
        for (String asset : ASSETS) {
            try (InputStream in = HtmlKeepsake.class.getResourceAsStream("assets/" + asset)) {
                if (in == null) {
                    throw new IllegalStateException("asset " + asset + " is part of the build");
                }
                Files.copy(in, folder.resolve(asset));
            }
        }
    }

    /** Opens a page of the keepsake for writing, in UTF-8. */
    static Writer open(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
