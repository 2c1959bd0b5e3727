package org.praxis.blob;

/** A blob as stored: the lowercase hex SHA-256 of its bytes (its key) and its size in bytes. */
public record StoredBlob(String hash, long size) {
}
