package org.praxis.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Content-addressed storage for file bytes and extracted text: a blob's key is the SHA-256 of its
 * bytes, so identical bytes are stored once, and a stored blob never changes.
 */
public interface BlobStore {

    /** Stores the stream's bytes (closing nothing) and returns their key; storing the same bytes twice keeps one copy. */
    StoredBlob put(InputStream content) throws IOException;

    /** The file holding the blob's bytes; read it, never write it. */
    Path locate(String hash) throws BlobNotFoundException;

    /** Deletes the blob for good (for an erasure); false if there was none. */
    boolean destroy(String hash) throws IOException;
}
