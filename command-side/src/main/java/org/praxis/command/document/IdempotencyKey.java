package org.praxis.command.document;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client's name for one upload request, sent as the {@code Idempotency-Key} header (IETF
 * draft-ietf-httpapi-idempotency-key-header): the same person sending the same key again gets the
 * outcome of the first request instead of a second document or version. Keys belong to the person who
 * sends them; 1 to 255 visible ASCII characters (a UUID, or a hash as the bulk import sends).
 *
 * @throws IllegalArgumentException from the constructor for a blank, longer or non-ASCII key
 */
public record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new IllegalArgumentException("an Idempotency-Key has 1 to " + MAX_LENGTH
                    + " visible ASCII characters (no spaces)");
        }
    }

    /** The key a client may leave out: {@code null} when the header is absent. */
    public static IdempotencyKey ofNullable(String value) {
        return value == null ? null : new IdempotencyKey(value);
    }

    /**
     * The id of the document that an upload with this key by {@code actor} creates: a name-based UUID
     * (RFC 4122 version 3) of both, so a repeated upload names the same document and nobody else's key
     * can. Random ids (version 4) never collide with these.
     */
    public String documentIdFor(String actor) {
        return UUID.nameUUIDFromBytes(("praxis upload\n" + actor + "\n" + value).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
