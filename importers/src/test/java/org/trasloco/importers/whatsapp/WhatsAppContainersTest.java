package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ZipBuilder;

/** The containers an export arrives in (format notes 2.1, pitfall P18): zips of both phones, folders, loose files. */
class WhatsAppContainersTest {

    private static final String IOS_CHAT = "\u200E[2/3/24, 6:20:05\u202FPM] Jess: \u200E<attached: 00000012-PHOTO-2024-02-03-18-22-41.jpg>\r\n"
            + "[2/3/24, 6:21:00\u202FPM] Jess: \u200E<attached: 00000013-AUDIO-2024-02-03-18-21-00.opus>\r\n"
            + "[2/13/24, 7:00:00\u202FAM] Sam: Caf\u00E9 ok\r\n";

    @TempDir
    Path dir;

    @Test
    void readsAnIphoneZipAndFindsItsMedia() throws IOException {
        // iOS zip as re-compressed on a Mac, downloaded twice: "(1)" in the name, __MACOSX clutter.
        Path zip = dir.resolve("WhatsApp Chat - Book Club (1).zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("_chat.txt", IOS_CHAT)
                    .add("00000012-PHOTO-2024-02-03-18-22-41.jpg", new byte[] {1, 2, 3})
                    .add("__MACOSX/._00000012-PHOTO-2024-02-03-18-22-41.jpg", new byte[] {0})
                    .add("__MACOSX/._chat.txt", new byte[] {0});
        }
        CollectingSink sink = read(zip);
        assertEquals("Book Club", sink.ended.get(0).title());
        Attachment photo = sink.messages.get(0).attachments().get(0);
        assertTrue(photo.present());
        assertEquals("00000012-PHOTO-2024-02-03-18-22-41.jpg", photo.location());
        assertEquals("image/jpeg", photo.mediaType());
        Attachment voice = sink.messages.get(1).attachments().get(0);
        assertFalse(voice.present(), "media missing from the zip is normal, not an error");
        assertNull(voice.location());
        assertEquals("audio/ogg", voice.mediaType());
    }

    @Test
    void readsALocalisedAndroidZipWithUnderscoresInItsName() throws IOException {
        Path zip = dir.resolve("Chat_WhatsApp_con_Famiglia.zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("Chat WhatsApp con Famiglia.txt",
                            "14/02/2024, 09:16 - Mamma: IMG-20240214-WA0003.jpg (file allegato)\nGuarda!\n")
                    .add("IMG-20240214-WA0003.jpg", new byte[] {1});
        }
        CollectingSink sink = read(zip);
        assertEquals("Famiglia", sink.ended.get(0).title());
        assertEquals("Guarda!", sink.messages.get(0).text());
        assertTrue(sink.messages.get(0).attachments().get(0).present());
    }

    @Test
    void findsMediaWhoseNameIsDecomposedOrDifferentlyCased() throws IOException {
        Path zip = dir.resolve("WhatsApp Chat with Caf\u00E9.zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("WhatsApp Chat with Caf\u00E9.txt",
                            "14/02/2024, 09:16 - Ada: Caf\u00E9 menu.pdf (file attached)\n"
                                    + "14/02/2024, 09:17 - Ada: img-1.JPG (file attached)\n")
                    .add("Cafe\u0301 menu.pdf", new byte[] {1})
                    .add("IMG-1.jpg", new byte[] {1});
        }
        List<Message> messages = read(zip).messages;
        assertEquals("Cafe\u0301 menu.pdf", messages.get(0).attachments().get(0).location());
        assertEquals("IMG-1.jpg", messages.get(1).attachments().get(0).location());
    }

    @Test
    void readsAFolderOfLooseFilesAndABareTextWithMediaBesideIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("shared by e-mail"));
        Files.writeString(folder.resolve("WhatsApp Chat with Sam.txt"),
                "14/02/2024, 09:12 - Sam: PTT-20240214-WA0009.opus (file attached)\n");
        Files.write(folder.resolve("PTT-20240214-WA0009.opus"), new byte[] {1});
        CollectingSink fromFolder = read(folder);
        CollectingSink fromText = read(folder.resolve("WhatsApp Chat with Sam.txt"));
        assertEquals("Sam", fromFolder.ended.get(0).title());
        assertTrue(fromFolder.messages.get(0).attachments().get(0).present());
        assertEquals(fromFolder.messages, fromText.messages);
    }

    @Test
    void detectsExportsInsideAFolderThatIsNotItselfAnExport() throws IOException {
        Path downloads = Files.createDirectory(dir.resolve("Downloads"));
        Files.writeString(downloads.resolve("WhatsApp Chat with Sam.txt"), "14/02/2024, 09:12 - Sam: hi\n");
        try (ZipBuilder builder = new ZipBuilder(downloads.resolve("WhatsApp Chat - Ada.zip"))) {
            builder.add("_chat.txt", "[14/02/2024, 09:12:00] Ada: hi\n").add("notes.txt", "x");
        }
        Files.writeString(downloads.resolve("shopping.txt"), "bread\nmilk\n");
        Files.writeString(downloads.resolve("another.txt"), "nothing here\n");
        List<ExportDetector.Source> sources = ExportDetector.standard().discover(downloads);
        assertEquals(List.of("WhatsApp Chat - Ada.zip", "WhatsApp Chat with Sam.txt"),
                sources.stream().map(s -> s.path().getFileName().toString()).toList());
    }

    @Test
    void theSameChatFromZipAndFromTextGivesTheSameIds() throws IOException {
        String chat = "14/02/2024, 09:12 - Ada: ok\n14/02/2024, 09:12 - Ada: ok\n";
        Path zip = dir.resolve("WhatsApp Chat with Ada.zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("WhatsApp Chat with Ada.txt", chat);
        }
        Path text = Files.writeString(dir.resolve("WhatsApp Chat with Ada.txt"), chat);
        List<String> zipIds = read(zip).messages.stream().map(Message::id).toList();
        assertEquals(zipIds, read(text).messages.stream().map(Message::id).toList());
        assertEquals(2, zipIds.stream().distinct().count(), "two identical messages get two ids");
    }

    private static CollectingSink read(Path path) {
        assertTrue(new WhatsAppReader().recognizes(path), path + " is recognised");
        CollectingSink sink = new CollectingSink();
        new WhatsAppReader().read(path, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
        return sink;
    }
}
