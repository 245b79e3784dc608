package org.trasloco.importers.telegram.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.importers.telegram.chat.ExportFiles;

/**
 * The pages of a full HTML export around its chats: {@code export_results.html} with the owner's
 * personal information, {@code lists/contacts.html} with the contact list, and
 * {@code lists/chats.html}, which names every chat with its kind and links its folder
 * ({@code chats/chat_NN/}). When the list of chats is missing, the chat folders are taken in their
 * numeric order.
 */
final class AccountPages {

    /**
     * A chat of the export.
     *
     * @param folder its folder
     * @param kind the kind the list states, or {@code null} when unknown
     */
    record ListedChat(Path folder, ConversationKind kind) {
    }

    private static final Pattern CHAT_FOLDER = Pattern.compile("chat_(\\d+)");

    private AccountPages() {
    }

    /** The owner's name and phone from {@code export_results.html}, or {@code null}. */
    static PhoneBookEntry owner(Path root) throws IOException {
        Path file = root.resolve("export_results.html");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        String first = "";
        String last = "";
        String phone = "";
        for (Element row : page.select(".personal_info .row")) {
            Element label = row.selectFirst(".label");
            Element value = row.selectFirst(".value");
            String text = value == null ? "" : value.text().strip();
            switch (label == null ? "" : label.text().strip()) {
                case "First name" -> first = text;
                case "Last name" -> last = text;
                case "Phone number" -> phone = text;
                default -> {
                    // Username and bio are not needed to recognise the owner.
                }
            }
        }
        String name = (first + " " + last).strip();
        if (name.isEmpty() && phone.isEmpty()) {
            return null;
        }
        return new PhoneBookEntry(name.isEmpty() ? phone : name, phone.isEmpty() ? List.of() : List.of(phone), null);
    }

    /** The entries of {@code lists/contacts.html}. */
    static List<PhoneBookEntry> contacts(Path root) throws IOException {
        Path file = root.resolve("lists").resolve("contacts.html");
        List<PhoneBookEntry> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        for (Element entry : Jsoup.parse(file.toFile(), "UTF-8").select(".entry_list .entry")) {
            Element nameElement = entry.selectFirst(".name");
            Element detail = entry.selectFirst(".details_entry");
            String name = nameElement == null ? "" : nameElement.text().strip();
            String phone = detail == null ? "" : detail.text().strip();
            if (!phone.isEmpty() || !name.isEmpty()) {
                entries.add(new PhoneBookEntry(name.isEmpty() ? phone : name,
                        phone.isEmpty() ? List.of() : List.of(phone), null));
            }
        }
        return entries;
    }

    /**
     * The chats of the export, in the order the export lists them. Chats the list shows without a
     * link have no exported messages and are left out.
     */
    static List<ListedChat> chats(Path root, ExportFiles files) throws IOException {
        Path list = root.resolve("lists").resolve("chats.html");
        List<ListedChat> chats = new ArrayList<>();
        if (Files.isRegularFile(list)) {
            for (Element entry : Jsoup.parse(list.toFile(), "UTF-8").select(".entry_list a.entry[href]")) {
                String href = entry.attr("href");
                int fragment = href.indexOf('#');
                String target = files.relativeToRoot(list, fragment < 0 ? href : href.substring(0, fragment), "");
                Path page = root.resolve(target);
                Element type = entry.selectFirst(".info");
                chats.add(new ListedChat(page.getParent(), kind(type == null ? "" : type.text())));
            }
            return chats;
        }
        Path folder = root.resolve("chats");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> children = Files.list(folder)) {
                children.filter(Files::isDirectory)
                        .filter(child -> CHAT_FOLDER.matcher(child.getFileName().toString()).matches())
                        .sorted(Comparator.comparingLong(AccountPages::folderNumber))
                        .forEach(child -> chats.add(new ListedChat(child, null)));
            }
        }
        return chats;
    }

    private static ConversationKind kind(String type) {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "private", "bot" -> ConversationKind.DIRECT;
            case "group" -> ConversationKind.GROUP;
            case "channel" -> ConversationKind.CHANNEL;
            default -> null;
        };
    }

    private static long folderNumber(Path folder) {
        Matcher matcher = CHAT_FOLDER.matcher(folder.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }
}
