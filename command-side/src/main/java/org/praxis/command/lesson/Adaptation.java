package org.praxis.command.lesson;

/**
 * What an adaptation produced: the practice revision linked to its lesson (revision 1 for a new practice), or,
 * when {@code proposal} is set, the proposal awaiting a curator and the unchanged revision it was written against.
 */
public record Adaptation(String lessonId, String practiceId, int practiceRevision, Integer proposal) {
}
