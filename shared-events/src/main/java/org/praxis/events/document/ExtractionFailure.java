package org.praxis.events.document;

/**
 * Why the text of a version could not be extracted. The document itself stays stored and visible.
 */
public record ExtractionFailure(Reason reason, String detail) {

    public enum Reason { ENCRYPTED, CORRUPT, UNSUPPORTED, TOO_LARGE, TIMEOUT, EMPTY }
}
