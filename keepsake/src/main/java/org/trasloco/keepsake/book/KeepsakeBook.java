package org.trasloco.keepsake.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.keepsake.AtomicOutput;
import org.trasloco.keepsake.KeepsakeText;
import org.trasloco.keepsake.MediaSource;
import org.trasloco.keepsake.SelectedMessages;

/**
 * Prints the history as a book (PDF): a cover with the title, the period, the number of messages
 * and the people; then each conversation, its months as chapters (in the PDF's bookmarks too), its
 * days, its messages with photos inline; page numbers at the foot. A4 or Letter, normal or large
 * print; fonts embedded (those of the printed kits), text extractable and searchable.
 *
 * <pre>{@code
 * BookResult result = KeepsakeBook.write(workspace,
 *         BookOptions.of(Path.of("our-chats.pdf"), Locale.ITALIAN).withPrint(PaperFormat.A4, PrintSize.LARGE),
 *         media, progress, cancellation);
 * }</pre>
 *
 * <p>Each conversation is read twice through a {@link org.trasloco.core.workspace.MessageCursor} (to count, then to print), one
 * message at a time; the pages are kept in a temporary file while the book is set, and the PDF is
 * moved into place only when complete. Characters none of the embedded fonts has (most emoji) are
 * left out; Arabic prints without joined letters.
 */
public final class KeepsakeBook {

    private static final int PEOPLE_ON_COVER = 8;

    private KeepsakeBook() {
    }

    /** A conversation's selected part: how many messages, from when to when. */
    private record Part(ConversationSummary summary, long messages, LocalDateTime first, LocalDateTime last) {
    }

    /**
     * Writes the book.
     *
     * @param workspace the history
     * @param options the file, language, paper, print size and selection
     * @param media where photos come from ({@link MediaSource#NONE}: every photo is printed as its name)
     * @param progress told how many messages of how many are printed
     * @param cancellation asked between messages whether to stop
     * @return what the book holds
     * @throws TraslocoException of kind {@code USAGE} when the selection is empty, {@code STORAGE} when
     *     writing fails, {@code CANCELLED} when cancelled
     */
    public static BookResult write(Workspace workspace, BookOptions options, MediaSource media, ProgressListener progress,
            Cancellation cancellation) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        List<Part> parts = new ArrayList<>();
        for (ConversationSummary summary : options.selection().pick(workspace.conversations())) {
            Part part = measure(workspace, summary, options, cancellation);
            if (part.messages() > 0) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, KeepsakeText.SELECTION_EMPTY);
        }
        parts.sort(Comparator.comparing(Part::first));
        long total = parts.stream().mapToLong(Part::messages).sum();
        Locale locale = options.locale();
        String title = options.title() != null ? options.title()
                : parts.size() == 1 ? parts.get(0).summary().title() : BookText.TITLE.format(locale);
        try (AtomicOutput output = AtomicOutput.file(options.output());
                BookPages pages = new BookPages(options.paper(), BookTheme.of(options.size()))) {
            Photos photos = new Photos(pages.document, media);
            MessagePrinter printer = new MessagePrinter(pages, photos, locale, options.myNames());
            cover(pages, workspace, options, title, parts, total);
            long done = 0;
            int chapters = 0;
            for (Part part : parts) {
                partTitle(pages, part, locale, parts.size() > 1);
                YearMonth month = null;
                LocalDate day = null;
                try (SelectedMessages messages = SelectedMessages.open(workspace, part.summary(), options.selection())) {
                    while (messages.hasNext()) {
                        Message message = messages.next();
                        cancellation.throwIfCancelled();
                        if (!YearMonth.from(message.timestamp()).equals(month)) {
                            month = YearMonth.from(message.timestamp());
                            chapter(pages, month, locale);
                            chapters++;
                            day = null;
                        }
                        if (!message.timestamp().toLocalDate().equals(day)) {
                            day = message.timestamp().toLocalDate();
                            printer.day(day);
                        }
                        printer.print(part.summary(), message);
                        if (++done % 256 == 0) {
                            progress.progress(done, total);
                        }
                    }
                }
            }
            pages.footers(title, locale);
            PDDocumentInformation info = pages.document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Trasloco");
            pages.document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
            int pageCount = pages.pageCount();
            pages.document.save(output.path().toFile());
            output.commit();
            progress.progress(total, total);
            return new BookResult(output.target(), pageCount, parts.size(), chapters, total, photos.printed());
        } catch (IOException e) {
            throw AtomicOutput.failed(options.output(), e);
        } catch (UncheckedIOException e) {
            throw AtomicOutput.failed(options.output(), e.getCause());
        }
    }

    private static Part measure(Workspace workspace, ConversationSummary summary, BookOptions options, Cancellation cancellation) {
        long count = 0;
        LocalDateTime first = null;
        LocalDateTime last = null;
        try (SelectedMessages messages = SelectedMessages.open(workspace, summary, options.selection())) {
            while (messages.hasNext()) {
                LocalDateTime time = messages.next().timestamp();
                cancellation.throwIfCancelled();
                count++;
                first = first == null ? time : first;
                last = time;
            }
        }
        return new Part(summary, count, first, last);
    }

    private static void cover(BookPages pages, Workspace workspace, BookOptions options, String title, List<Part> parts,
            long total) {
        Locale locale = options.locale();
        BookTheme theme = pages.theme;
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        pages.newPage();
        float band = theme.margin() * 0.6f;
        pages.canvas().rect(0, pages.top() + theme.margin() - band, pages.pageWidth(), band, Rgb.ACCENT);
        pages.down(pages.textHeight() * 0.22f);
        pages.centred(pages.wrap(Span.of(title, pages.style(true, theme.cover(), Rgb.ACCENT_DARK)), pages.width()));
        pages.down(theme.gap() * 2);
        LocalDateTime first = parts.stream().map(Part::first).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime last = parts.stream().map(Part::last).max(Comparator.naturalOrder()).orElseThrow();
        pages.centred(pages.wrap(Span.of(BookText.COVER_SUMMARY.format(locale, total, date.format(first), date.format(last)),
                pages.style(false, theme.h2() * 0.8f, Rgb.INK)), pages.width()));
        pages.down(theme.gap() * 3);
        Set<String> people = new LinkedHashSet<>();
        for (Part part : parts) {
            workspace.participants(part.summary().network(), part.summary().key()).stream().map(Participant::name)
                    .forEach(people::add);
        }
        List<String> named = people.stream().limit(PEOPLE_ON_COVER).toList();
        String list = String.join(", ", named);
        if (people.size() > named.size()) {
            list += " " + KeepsakeText.PEOPLE_MORE.format(locale, people.size() - named.size());
        }
        pages.centred(pages.wrap(Span.of(BookText.COVER_PEOPLE.format(locale, list), pages.style(false, theme.body(), Rgb.MUTED)),
                pages.width() * 0.8f));
        pages.down(pages.y() - pages.bottom() - theme.small() * 3);
        pages.centred(pages.wrap(Span.of(BookText.COVER_MADE.format(locale, date.format(options.madeOn())),
                pages.style(false, theme.small(), Rgb.MUTED)), pages.width()));
    }

    private static void partTitle(BookPages pages, Part part, Locale locale, boolean several) {
        BookTheme theme = pages.theme;
        // A conversation starts on a new page unless most of the page is still free.
        if (pages.pageCount() <= 1 || pages.lessThan(0.6f)) {
            pages.newPage();
        } else {
            pages.down(theme.gap() * 4);
        }
        if (several) {
            pages.bookmarkPart(part.summary().title());
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<TextLine> heading = pages.wrap(Span.of(part.summary().title(), pages.style(true, theme.h2(), Rgb.ACCENT)), pages.width());
        pages.lines(heading, pages.left(), pages.width(), BidiText.isRightToLeft(part.summary().title()));
        pages.lines(pages.wrap(Span.of(BookText.PART_SUMMARY.format(locale, date.format(part.first()), date.format(part.last()),
                part.messages()), pages.style(false, theme.small(), Rgb.MUTED)), pages.width()), pages.left(), pages.width(), false);
        pages.down(theme.gap());
    }

    private static void chapter(BookPages pages, YearMonth month, Locale locale) {
        BookTheme theme = pages.theme;
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        List<TextLine> heading = pages.wrap(Span.of(name, pages.style(true, theme.h1(), Rgb.ACCENT_DARK)), pages.width());
        if (pages.lessThan(0.3f)) {
            pages.newPage();
        } else if (pages.y() < pages.top()) {
            pages.down(theme.gap() * 2);
        }
        pages.bookmarkChapter(name);
        pages.lines(heading, pages.left(), pages.width(), false);
        pages.canvas().rect(pages.left(), pages.y() - 2, 56, 3, Rgb.ACCENT);
        pages.down(theme.gap() * 1.5f);
    }
}
