package org.praxis.query.search;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** One item that matches a topic, as evidence of who knows about it: its type, score and stored fields. */
public record Evidence(String type, String id, String title, double score, Instant updatedAt, ObjectNode fields) {
}
