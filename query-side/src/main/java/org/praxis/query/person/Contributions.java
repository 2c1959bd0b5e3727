package org.praxis.query.person;

/**
 * What a person has contributed, counted from the knowledge base itself (and only what the asking
 * user may see): documents uploaded, practices drafted and revised, insights into failures, practices endorsed.
 */
public record Contributions(long documentsUploaded, long practicesAuthored, long practicesRevised,
                            long insightsGiven, long practicesEndorsed) {
}
