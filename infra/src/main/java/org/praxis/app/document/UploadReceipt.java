package org.praxis.app.document;

/** The answer to an upload (and to its repetition): the document, its new version, and that its text is being read. */
record UploadReceipt(String id, int version, String status) {
}
