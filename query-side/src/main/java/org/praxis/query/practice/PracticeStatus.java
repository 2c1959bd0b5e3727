package org.praxis.query.practice;

public enum PracticeStatus { DRAFT, PUBLISHED, DEPRECATED }
