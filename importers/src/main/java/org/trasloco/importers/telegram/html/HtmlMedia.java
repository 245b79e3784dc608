package org.trasloco.importers.telegram.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.trasloco.importers.telegram.chat.MediaWords;

/**
 * What an HTML message's media block carries besides a file, in words (see {@link MediaWords}):
 * Telegram Desktop writes a location, a venue, a shared contact, a game or an invoice as a generic
 * block (title, description, status, link) and a poll as a block of its own. A block of a kind this
 * version does not know keeps its visible text, so nothing it shows is lost.
 */
final class HtmlMedia {

    private static final Pattern MAP_POINT = Pattern.compile("[?&]q=(-?[0-9.]+),(-?[0-9.]+)");
    private static final Pattern COUNT = Pattern.compile("^(\\d{1,18})");
    private static final List<String> FILE_BLOCKS = List.of("photo_wrap", "sticker_wrap", "animated_wrap",
            "video_file_wrap", "media_photo", "media_video", "media_voice_message", "media_audio_file", "media_file",
            "media_call");

    private HtmlMedia() {
    }

    /**
     * The words for a media block.
     *
     * @param wrap the message's {@code div.media_wrap}
     * @param text the message's own text
     * @param words the words in the reader's language
     * @return the words, or {@code null} when the block holds only a file (or a file's placeholder)
     */
    static String describe(Element wrap, String text, MediaWords words) {
        Element poll = wrap.selectFirst(".media_poll");
        if (poll != null) {
            return poll(poll, words);
        }
        Element block = wrap.selectFirst(".media");
        String title = part(block, ".title");
        String description = part(block, ".description");
        String status = part(block, ".status");
        String link = block == null ? "" : block.attr("href");
        if (block != null && (block.hasClass("media_location") || block.hasClass("media_live_location"))) {
            Matcher point = MAP_POINT.matcher(link);
            boolean found = point.find();
            return words.location(found ? point.group(1) : null, found ? point.group(2) : null,
                    block.hasClass("media_live_location"), 0);
        }
        if (block != null && block.hasClass("media_venue")) {
            Matcher point = MAP_POINT.matcher(link);
            boolean found = point.find();
            return words.venue(title, description, found ? point.group(1) : null, found ? point.group(2) : null);
        }
        if (block != null && block.hasClass("media_contact")) {
            return words.contact(title, status.replaceFirst("\\s+-\\s+vCard$", ""));
        }
        if (block != null && block.hasClass("media_game")) {
            return words.game(title, description, status);
        }
        if (block != null && block.hasClass("media_invoice")) {
            return words.invoice(title, description, status);
        }
        if (block != null && block.hasClass("media_photo") && "Sticker".equals(title) && link.isEmpty()) {
            int comma = status.indexOf(',');
            return words.sticker(comma >= 0 ? status.substring(0, comma) : status);
        }
        boolean file = FILE_BLOCKS.stream().anyMatch(name -> !wrap.getElementsByClass(name).isEmpty());
        if (!file && text.isEmpty()) {
            String shown = HtmlText.of(wrap).text().strip().replaceAll("\\s*\\n\\s*", "\n");
            return shown.isEmpty() ? words.notExported() : shown;
        }
        return null;
    }

    private static String poll(Element poll, MediaWords words) {
        List<MediaWords.PollAnswer> answers = new ArrayList<>();
        for (Element answer : poll.select(".answer")) {
            Element details = answer.selectFirst(".details");
            String shown = details == null ? "" : details.text().strip();
            String answerText = HtmlText.ownText(answer).replaceFirst("^-\\s*", "");
            answers.add(new MediaWords.PollAnswer(answerText, details == null ? 0 : count(shown),
                    shown.endsWith("chosen vote")));
        }
        Element total = poll.selectFirst(".total");
        Element state = poll.selectFirst(".details:not(.total)");
        boolean closed = state != null && state.parent() == poll && "Final results".equals(state.text().strip());
        return words.poll(part(poll, ".question"), answers, total == null ? -1 : count(total.text().strip()), closed);
    }

    /** The leading number of "3 votes", "1 vote"; 0 for "No votes". */
    private static long count(String shown) {
        Matcher number = COUNT.matcher(shown);
        return number.find() ? Long.parseLong(number.group(1)) : 0;
    }

    private static String part(Element block, String selector) {
        Element part = block == null ? null : block.selectFirst(selector);
        return part == null ? "" : part.text().strip();
    }
}
