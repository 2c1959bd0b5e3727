package org.praxis.command.document;

/**
 * What a document answered to new content: the version number the content has, and whether the request
 * repeated an earlier one with the same {@link IdempotencyKey} (then nothing new was recorded).
 */
public record ContentReceipt(int version, boolean repeated) {
}
