package org.praxis.events.document;

import org.praxis.events.PersonalData;

/**
 * One stored version of a document's bytes: the SHA-256 of the content (its blob key), its size,
 * the media type detected from the bytes and the client's file name made safe for display.
 */
public record DocumentContent(int version, @PersonalData String contentHash, long size, String mediaType,
                              @PersonalData String fileName) {
}
