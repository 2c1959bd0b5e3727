package org.praxis.command.extraction;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The media type of stored bytes, from their content first (magic numbers, container structure) and
 * the file name only as a hint: an executable named {@code invoice.pdf} is an executable. Detection
 * reads a bounded prefix and an archive's directory, never its entries' content. Text stays text: a file
 * named as text whose bytes decode as text keeps its name's type ({@link PlainText}).
 */
public final class MediaTypeDetector {

    private final Tika tika = new Tika();

    public String detect(Path file, String fileName) throws IOException {
        String detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = tika.detect(in, fileName);
        }
        return keepsText(MediaType.parse(detected), file, fileName) ? tika.detect(fileName) : detected;
    }

    /**
     * Whether a file named as text whose bytes decode as text is text after all, whatever its first bytes looked
     * like ({@link PlainText}).
     */
    static boolean keepsText(MediaType detected, Path file, String fileName) throws IOException {
        return !PlainText.isText(detected, MediaTypeRegistry.getDefaultRegistry()) && PlainText.named(fileName)
                && PlainText.decodes(file);
    }
}
