package org.praxis.app.practice;

import org.praxis.events.practice.Reference;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.document.DocumentQueries;
import org.praxis.query.lesson.LessonQueries;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Checks the lessons and documents a practice revision names: each must exist, and a document must
 * be visible to the author, so a practice can never point at (or reveal) what its author cannot see.
 */
@Component
public class References {

    private final LessonQueries lessons;
    private final DocumentQueries documents;

    References(LessonQueries lessons, DocumentQueries documents) {
        this.lessons = lessons;
        this.documents = documents;
    }

    public List<Reference> checked(List<Reference> references, PraxisUser author) {
        if (references == null) {
            return List.of();
        }
        for (Reference reference : references) {
            boolean exists = switch (reference.kind()) {
                case LESSON -> lessons.find(reference.id()).isPresent();
                case DOCUMENT -> documents.find(reference.id(), author.viewer()).isPresent();
            };
            if (!exists) {
                throw new IllegalArgumentException("there is no " + reference.kind().name().toLowerCase()
                        + " " + reference.id());
            }
        }
        return List.copyOf(references);
    }

    public boolean documentVisible(String documentId, PraxisUser viewer) {
        return documents.find(documentId, viewer.viewer()).isPresent();
    }
}
