package org.praxis.query.document;

import org.praxis.blob.BlobStore;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Where the projections read extracted text from: the UTF-8 blob named in {@code DocumentTextExtracted}
 * ({@code ExtractedText.textHash}), in the blob store both sides share.
 */
@FunctionalInterface
public interface ExtractedTextSource {

    /**
     * At most {@code maxCharacters} of the text stored under {@code textHash}.
     *
     * @throws UncheckedIOException when the blob can't be read ({@code BlobNotFoundException} when it is gone)
     */
    String read(String textHash, int maxCharacters);

    /**
     * Reads the text from {@code blobs}, stopping after {@code maxCharacters}. The buffer grows with the text
     * read, so a short text costs a short read (a buffer of the limit, a million characters by default, would
     * be a 2 MB allocation for every document).
     */
    static ExtractedTextSource of(BlobStore blobs) {
        return (hash, maxCharacters) -> {
            try (Reader reader = Files.newBufferedReader(blobs.locate(hash), StandardCharsets.UTF_8)) {
                StringBuilder text = new StringBuilder();
                char[] chunk = new char[8192];
                int read;
                while (text.length() < maxCharacters
                        && (read = reader.read(chunk, 0, Math.min(chunk.length, maxCharacters - text.length()))) > 0) {
                    text.append(chunk, 0, read);
                }
                return text.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
