package org.praxis.platform.security;

/**
 * What an account may do: READER reads and searches (and endorses), CONTRIBUTOR also uploads and writes
 * practices and lessons, CURATOR also publishes and verifies practices, AUDITOR reads the
 * organisation-wide audit trail, ADMIN manages accounts.
 */
public enum Role { READER, CONTRIBUTOR, CURATOR, AUDITOR, ADMIN }
