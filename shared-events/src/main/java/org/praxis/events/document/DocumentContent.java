package org.praxis.events.document;

/**
 * One stored version of a document's bytes: the SHA-256 of the content (its blob key), its size,
 * the media type detected from the bytes and the client's file name made safe for display.
 */
public record DocumentContent(int version, String contentHash, long size, String mediaType, String fileName) {
}
