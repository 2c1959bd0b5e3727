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

    /** Reads the text from {@code blobs}, stopping after {@code maxCharacters}. */
    static ExtractedTextSource of(BlobStore blobs) {
        return (hash, maxCharacters) -> {
            try (Reader reader = Files.newBufferedReader(blobs.locate(hash), StandardCharsets.UTF_8)) {
                char[] text = new char[maxCharacters];
                int length = 0;
                for (int read; length < maxCharacters && (read = reader.read(text, length, maxCharacters - length)) > 0; ) {
                    length += read;
                }
                return new String(text, 0, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
