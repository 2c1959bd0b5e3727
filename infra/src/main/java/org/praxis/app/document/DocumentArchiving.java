package org.praxis.app.document;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.document.ArchiveDocumentCommand;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.document.DocumentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Duration;

/**
 * Archives a document for its owner or an admin, and answers once search no longer lists it (as a change of
 * visibility does): what the answer confirms, the next search already shows.
 */
@Service
class DocumentArchiving {

    private static final Logger log = LoggerFactory.getLogger(DocumentArchiving.class);
    /** How long an answer waits for the index; past it the answer goes out and the index follows shortly. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final DocumentAccess access;
    private final DocumentQueries documents;
    private final CommandGateway commands;

    DocumentArchiving(DocumentAccess access, DocumentQueries documents, CommandGateway commands) {
        this.access = access;
        this.documents = documents;
        this.commands = commands;
    }

    void archive(String id, PraxisUser user) throws InterruptedException {
        access.visible(id, user);
        commands.sendAndWait(new ArchiveDocumentCommand(id, user.actor()));
        if (!documents.awaitArchived(id, PATIENCE)) {
            log.warn("The index has not hidden archived document {} yet; it will shortly", id);
        }
    }
}
