package org.praxis.command.lesson;

/** The practice revision an adaptation produced and linked to its lesson (revision 1 for a new practice). */
public record Adaptation(String lessonId, String practiceId, int practiceRevision) {
}
