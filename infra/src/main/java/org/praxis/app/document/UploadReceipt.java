package org.praxis.app.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The answer to an upload (and to its repetition): the document, its new version, and that its text is being
 * read. {@code sameAs} names the documents the uploader may see that already hold the same bytes, and
 * {@code warnings} says so in words; both are left out when there are none.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record UploadReceipt(String id, int version, String status, List<SameContent> sameAs, List<String> warnings) {

    /** A document holding the same bytes: its id, its title and its address in the API. */
    record SameContent(String id, String title, String href) {
    }

    static UploadReceipt of(DocumentUploads.Upload upload) {
        List<SameContent> same = upload.sameContent().stream()
                .map(entry -> new SameContent(entry.id(), entry.displayTitle(), "/api/documents/" + entry.id()))
                .toList();
        List<String> warnings = same.stream()
                .map(copy -> "the same bytes as \"" + copy.title() + "\" (" + copy.href() + ")").toList();
        return new UploadReceipt(upload.documentId(), upload.receipt().version(), "PROCESSING", same, warnings);
    }
}
