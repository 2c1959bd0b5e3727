package org.praxis.app.security;

/** What an account may do. Later features add CURATOR and AUDITOR. */
public enum Role { READER, CONTRIBUTOR, ADMIN }
