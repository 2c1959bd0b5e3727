package org.praxis.app.document;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.document.ReadDocumentAgainCommand;
import org.praxis.command.extraction.Ocr;
import org.praxis.query.document.DocumentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads scans again once OCR is available: every document (not archived) whose text was read with the warning
 * {@link Ocr#NO_TEXT_LAYER} gets a {@link ReadDocumentAgainCommand}, at most {@value #MAX_DOCUMENTS} per call
 * (call again for more). The text extraction reads them in the background, as it reads uploads.
 */
@Service
public class ReadingAgain {

    static final int MAX_DOCUMENTS = 10_000;
    static final String REASON = "OCR is now available";
    private static final Logger log = LoggerFactory.getLogger(ReadingAgain.class);

    private final DocumentQueries documents;
    private final CommandGateway commands;
    private final Ocr ocr;

    ReadingAgain(DocumentQueries documents, CommandGateway commands, Ocr ocr) {
        this.documents = documents;
        this.commands = commands;
        this.ocr = ocr;
    }

    /** How many documents are read again. */
    public record Requested(int documents) {
    }

    /**
     * Asks for every scan read without OCR to be read again.
     *
     * @throws RuleViolation when OCR is still not available (nothing would change)
     */
    public Requested scansReadWithoutOcr(String actor) {
        if (!ocr.available()) {
            throw new RuleViolation("OCR is not available: " + ocr.unavailable()
                    + "; install Tesseract and restart Praxis, then read the scans again");
        }
        int requested = 0;
        for (String id : documents.withWarning(Ocr.NO_TEXT_LAYER, MAX_DOCUMENTS)) {
            try {
                commands.sendAndWait(new ReadDocumentAgainCommand(id, REASON, actor));
                requested++;
            } catch (RuleViolation archived) {
                log.debug("Document {} is not read again: {}", id, archived.getMessage());
            }
        }
        log.info("{} asked for {} scan(s) read without OCR to be read again", actor, requested);
        return new Requested(requested);
    }
}
