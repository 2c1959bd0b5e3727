package org.praxis.command.extraction;

import org.apache.tika.Tika;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.praxis.blob.BlobStore;
import org.praxis.blob.StoredBlob;
import org.praxis.command.document.RecordExtractionFailureCommand;
import org.praxis.command.document.RecordTextExtractionCommand;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentReadAgainRequested;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.ExtractedText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whenever new content is stored, read its text and record the outcome on the document: the text
 * goes to the blob store once and the event only references it. Runs on its own tracking
 * processor, so uploads never wait for parsing, and is never replayed: replays reuse the recorded text.
 */
@ProcessingGroup(TextExtractionPolicy.PROCESSING_GROUP)
@DisallowReplay
public class TextExtractionPolicy {

    public static final String PROCESSING_GROUP = "text-extraction";
    static final String ACTOR = "system:text-extraction";

    private final TextExtractor extractor;
    private final BlobStore blobs;
    private final CommandGateway commands;
    private final Path scratch;
    private final String extractorName = Tika.getString();

    public TextExtractionPolicy(TextExtractor extractor, BlobStore blobs, CommandGateway commands, Path scratch)
            throws IOException {
        this.extractor = extractor;
        this.blobs = blobs;
        this.commands = commands;
        this.scratch = Files.createDirectories(scratch);
    }

    @EventHandler
    void on(DocumentUploaded event) throws IOException {
        extract(event.documentId(), event.content());
    }

    @EventHandler
    void on(DocumentVersionAdded event) throws IOException {
        extract(event.documentId(), event.content());
    }

    @EventHandler
    void on(DocumentReadAgainRequested event) throws IOException {
        extract(event.documentId(), event.content());
    }

    private void extract(String documentId, DocumentContent content) throws IOException {
        if (content.contentHash().isEmpty()) {
            return; // the document was erased before its turn came: there is nothing left to read
        }
        Path textFile = Files.createTempFile(scratch, "text-", ".txt");
        try {
            ExtractionResult result = extractor.extract(blobs.locate(content.contentHash()), content.fileName(),
                    textFile);
            if (result.succeeded()) {
                StoredBlob text;
                try (InputStream in = Files.newInputStream(textFile)) {
                    text = blobs.put(in);
                }
                commands.sendAndWait(new RecordTextExtractionCommand(documentId, content.version(),
                        new ExtractedText(text.hash(), result.characters(), result.language(), result.title(),
                                result.pageCount(), extractorName, result.warnings(), result.authors()),
                        ACTOR));
            } else {
                commands.sendAndWait(new RecordExtractionFailureCommand(documentId, content.version(), result.failure(),
                        ACTOR));
            }
        } finally {
            Files.deleteIfExists(textFile);
        }
    }
}
