package org.praxis.app.document;

import org.praxis.events.document.Visibility;

import java.util.Set;

/** {@code PATCH /api/documents/{id}}: the fields to change; absent fields stay as they are. */
record DocumentChange(String title, Set<String> tags, Visibility visibility) {
}
