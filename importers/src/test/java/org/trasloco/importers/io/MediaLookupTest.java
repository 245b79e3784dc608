package org.trasloco.importers.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ZipLimits;
import org.trasloco.importers.whatsapp.WhatsAppReader;

/**
 * A hostile export folder or zip must not make Trasloco read (and later upload) a file from
 * elsewhere on the computer: the case of issue 16, a WhatsApp export folder whose
 * {@code IMG-20240214-WA0001.jpg} is a link to a private file.
 */
class MediaLookupTest {

    private static final String CHAT = "14/02/2024, 09:12 - Jess: IMG-20240214-WA0001.jpg (file attached)\n";
    private static final String PHOTO = "IMG-20240214-WA0001.jpg";

    @TempDir
    Path dir;
    private Path export;
    private Path secret;

    @BeforeEach
    void privateFileBesideTheExport() throws IOException {
        export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("WhatsApp Chat with Sam.txt"), CHAT);
        Path home = Files.createDirectories(dir.resolve("home"));
        secret = Files.writeString(home.resolve("id_ed25519"), "PRIVATE KEY");
    }

    @Test
    void aLinkInAnExportFolderIsNeitherCountedNorRead() throws IOException {
        Files.createSymbolicLink(export.resolve(PHOTO), secret);

        Attachment attachment = readAttachment(export);
        assertFalse(attachment.present(), "inspect must count the linked photo as missing");
        try (MediaLookup lookup = MediaLookup.open(List.of(export), ZipLimits.DEFAULT)) {
            assertTrue(lookup.find(PHOTO).isEmpty(), "upload --media must not find the private file");
        }
    }

    @Test
    void aLinkBesideALooseChatFileIsNotCounted() throws IOException {
        Files.createSymbolicLink(export.resolve(PHOTO), secret);
        assertFalse(readAttachment(export.resolve("WhatsApp Chat with Sam.txt")).present());
        try (MediaLookup lookup = MediaLookup.open(List.of(export.resolve("WhatsApp Chat with Sam.txt")),
                ZipLimits.DEFAULT)) {
            assertTrue(lookup.find(PHOTO).isEmpty());
        }
    }

    @Test
    void aLinkedFolderLeadingOutOfTheExportIsNotFollowed() throws IOException {
        Files.createSymbolicLink(export.resolve("media"), secret.getParent());
        assertTrue(MediaLookup.regularFileInside(export, "media/id_ed25519").isEmpty());
    }

    @Test
    void pathsLeavingTheFolderAreRefused() {
        for (String evil : new String[] {"../home/id_ed25519", secret.toString(), "a/../../home/id_ed25519", ""}) {
            assertTrue(MediaLookup.regularFileInside(export, evil).isEmpty(), evil);
        }
        assertTrue(MediaLookup.regularFileInside(export, ".").isEmpty(), "the folder itself is no file");
    }

    @Test
    void aRegularFileInsideTheExportIsFoundAndRead() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10};
        Files.write(export.resolve(PHOTO), jpeg);

        assertTrue(readAttachment(export).present());
        try (MediaLookup lookup = MediaLookup.open(List.of(export), ZipLimits.DEFAULT)) {
            MediaLookup.Found found = lookup.find(PHOTO).orElseThrow();
            assertEquals(4, found.size());
            try (InputStream in = found.content().open()) {
                assertArrayEquals(jpeg, in.readAllBytes());
            }
        }
    }

    @Test
    void aLinkEntryInAZipIsNoFile() throws IOException {
        Path zip = dir.resolve("WhatsApp Chat with Sam.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry text = new ZipArchiveEntry("WhatsApp Chat with Sam.txt");
            out.putArchiveEntry(text);
            out.write(CHAT.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            ZipArchiveEntry link = new ZipArchiveEntry(PHOTO);
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write(secret.toString().getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        assertFalse(readAttachment(zip).present());
        try (MediaLookup lookup = MediaLookup.open(List.of(zip), ZipLimits.DEFAULT)) {
            assertTrue(lookup.find(PHOTO).isEmpty());
            assertTrue(lookup.find("WhatsApp Chat with Sam.txt").isPresent(), "a file entry is found");
        }
    }

    private static Attachment readAttachment(Path path) {
        CollectingSink sink = new CollectingSink();
        new WhatsAppReader().read(path, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
        Message message = sink.messages.get(0);
        assertEquals(PHOTO, message.attachments().get(0).fileName());
        return message.attachments().get(0);
    }
}
