package org.praxis.app.audit;

import org.praxis.platform.eventstore.DataKeys;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.document.DocumentQueries;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which documents' events an auditor is shown: those they may see, and, once erased, every erased
 * document's (they then hold no personal data), so that the erasure itself stays on record.
 */
@Component
class AuditVisibility {

    private final DocumentQueries documents;
    private final DataKeys keys;

    AuditVisibility(DocumentQueries documents, DataKeys keys) {
        this.documents = documents;
        this.keys = keys;
    }

    /** Decides once per document and reader, however many events the document has. */
    Predicate<String> documentsShownTo(PraxisUser user) {
        Map<String, Boolean> decided = new HashMap<>();
        return id -> decided.computeIfAbsent(id, document -> documents.find(document, user.viewer()).isPresent()
                || !keys.holds(document));
    }
}
