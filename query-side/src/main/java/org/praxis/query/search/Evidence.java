package org.praxis.query.search;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One item that matches a topic, as evidence of who knows about it: its type, its rank among the matches (1 for the
 * best) and its stored fields.
 */
public record Evidence(String type, String id, String title, int rank, Instant updatedAt, ObjectNode fields) {
}
