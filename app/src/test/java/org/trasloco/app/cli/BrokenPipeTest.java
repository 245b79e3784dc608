package org.trasloco.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trasloco.app.cli.io.ExitCodes;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.importers.whatsapp.synthetic.SyntheticChat;

/** {@code trasloco inspect --ndjson big.txt | head}: the reader goes away, trasloco stops quietly. */
class BrokenPipeTest {

    @TempDir
    Path dir;

    @Test
    void stopsQuietlyWhenTheReaderOfItsOutputGoesAway() throws IOException {
        Path export = dir.resolve("WhatsApp Chat with Big Group.txt");
        SyntheticChat.android(20_000).writeTo(export);
        OutputStream closedPipe = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 100_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new ByteArrayInputStream(new byte[0]), closedPipe, err, false)
                .run("inspect", "--ndjson", export.toString());
        assertEquals(ExitCodes.BROKEN_PIPE, exit);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no stack trace, no message");
    }
}
