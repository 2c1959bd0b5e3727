package org.praxis.events.lesson;

/** How bad a failure was. */
public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }
