package org.praxis.query.document;

import java.time.Instant;

/** One version of a document as shown to users. */
public record VersionEntry(int version, String fileName, String mediaType, long size, String contentHash,
                           String addedBy, Instant addedAt) {
}
