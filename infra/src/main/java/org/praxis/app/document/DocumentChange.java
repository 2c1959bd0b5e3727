package org.praxis.app.document;

import org.praxis.events.document.Visibility;

import java.util.Set;

/**
 * {@code PATCH /api/documents/{id}}: the fields to change; absent fields stay as they are.
 * {@code project}: another project (blank: none). {@code sourcePath} records that the source file moved (the bulk
 * import sends it).
 */
record DocumentChange(String title, Set<String> tags, Visibility visibility, String project, String sourcePath) {
}
