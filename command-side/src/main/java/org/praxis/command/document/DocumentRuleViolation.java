package org.praxis.command.document;

/**
 * A command that the document's current state does not allow, e.g. a new version of an archived
 * document. Nothing is recorded when it is thrown.
 */
public class DocumentRuleViolation extends RuntimeException {

    public DocumentRuleViolation(String message) {
        super(message);
    }
}
