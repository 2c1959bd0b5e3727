package org.praxis.command.extraction;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The media type of stored bytes, from their content first (magic numbers, container structure) and
 * the file name only as a hint: an executable named {@code invoice.pdf} is an executable. Detection
 * reads a bounded prefix and an archive's directory, never its entries' content.
 */
public final class MediaTypeDetector {

    private final Tika tika = new Tika();

    public String detect(Path file, String fileName) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return tika.detect(in, fileName);
        }
    }
}
