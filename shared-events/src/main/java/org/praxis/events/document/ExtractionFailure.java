package org.praxis.events.document;

import org.praxis.events.PersonalData;

/**
 * Why the text of a version could not be extracted. The document itself stays stored and visible.
 */
public record ExtractionFailure(Reason reason, @PersonalData String detail) {

    public enum Reason { ENCRYPTED, CORRUPT, UNSUPPORTED, TOO_LARGE, TIMEOUT, EMPTY }
}
