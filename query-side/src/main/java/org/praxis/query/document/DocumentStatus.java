package org.praxis.query.document;

/** Where the latest version of a document stands: being read, searchable, or unreadable (with a reason). */
public enum DocumentStatus { PROCESSING, INDEXED, FAILED }
