package org.trasloco.keepsake.conversations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a version 2 Conversations backup as the app's {@code ExportBackupWorker} does: the header,
 * then AES-GCM (128-bit tag) over gzip over a JSON array of {@code {"table", "values"}} rows. The
 * JDK's GCM encryption streams; the tag is written when the writer is closed.
 */
final class BackupWriter implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final OutputStream file;
    private final JsonGenerator json;

    BackupWriter(Path target, BackupHeader header, byte[] key) throws IOException {
        this.file = new BufferedOutputStream(Files.newOutputStream(target), 65536);
        try {
            DataOutputStream data = new DataOutputStream(file);
            header.write(data);
            data.flush();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, header.iv()));
            GZIPOutputStream zipped = new GZIPOutputStream(new CipherOutputStream(file, cipher), 65536);
            json = JSON.createGenerator(zipped);
            json.writeStartArray();
        } catch (GeneralSecurityException e) {
            file.close();
            throw new IOException("AES-GCM is not available", e);
        } catch (IOException e) {
            file.close();
            throw e;
        }
    }

    /** Writes one row: the table, then the values in order. */
    void write(BackupRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("table", row.table());
        json.writeObjectFieldStart("values");
        for (Map.Entry<String, Object> value : row.values().entrySet()) {
            json.writeFieldName(value.getKey());
            Object v = value.getValue();
            if (v == null) {
                json.writeNull();
            } else if (v instanceof Long number) {
                json.writeNumber(number);
            } else {
                json.writeString((String) v);
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Ends the array and closes gzip and the cipher, which writes the tag. */
    @Override
    public void close() throws IOException {
        try {
            json.writeEndArray();
        } finally {
            json.close();
            file.close();
        }
    }
}
