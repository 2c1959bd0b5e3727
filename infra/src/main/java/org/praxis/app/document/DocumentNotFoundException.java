package org.praxis.app.document;

/** No document with this id that the caller may see: the same answer whether it exists or not. */
public class DocumentNotFoundException extends RuntimeException {

    DocumentNotFoundException(String id) {
        super("no document " + id);
    }
}
