package org.praxis.command.extraction;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Text stays text. Content detection reads magic numbers, and a text can start with bytes that happen to be
 * another format's signature ("MZ…" is a Windows executable's, "BOOKMOBI" at byte 60 a Mobipocket e-book's):
 * such a text would be typed as that format and yield nothing. A file named as text ({@code .txt}, {@code .md},
 * {@code .csv}, …) whose first {@value #SAMPLE_BYTES} bytes decode as text is text; and a file of any name
 * whose detected type yields no text is read as text when its bytes decode as text. Bytes decode as text when
 * they hold no NUL and are valid UTF-8, or, read as Windows-1252, hold at most one control character in a
 * hundred (tabs, line and page breaks aside). Real binaries (executables, images, archives) hold NULs or
 * control bytes in their first kilobytes.
 */
final class PlainText {

    static final int SAMPLE_BYTES = 64 * 1024;
    private static final Set<MediaType> TEXT_FORMATS = Set.of(MediaType.APPLICATION_XML,
            MediaType.application("json"));
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "csv", "tsv", "log");

    private PlainText() {
    }

    /** Whether the uploader named the file as text. */
    static boolean named(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && TEXT_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a type is written as text already (text/*, XML and JSON and their kinds, such as text/csv or
     * image/svg+xml): its parser reads it as what it is, and an empty result is not a misreading.
     */
    static boolean isText(MediaType type, MediaTypeRegistry registry) {
        for (MediaType t = type.getBaseType(); t != null; t = registry.getSupertype(t)) {
            if (t.getType().equals("text") || TEXT_FORMATS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file's first {@value #SAMPLE_BYTES} bytes decode as text. */
    static boolean decodes(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        if (sample.length == 0) {
            return false;
        }
        for (byte b : sample) {
            if (b == 0) {
                return false;
            }
        }
        return isUtf8(sample) || fewControlCharacters(sample);
    }

    private static boolean isUtf8(byte[] sample) {
        // a sample cut inside a character loses up to its last three bytes
        int length = sample.length == SAMPLE_BYTES ? sample.length - 3 : sample.length;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean fewControlCharacters(byte[] sample) {
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xff;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                control++;
            }
        }
        return control * 100 <= sample.length;
    }
}
