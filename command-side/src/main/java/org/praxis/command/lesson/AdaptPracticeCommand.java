package org.praxis.command.lesson;

import org.praxis.command.common.Actor;

import java.util.Set;

/**
 * The organisation adapts to a lesson: revises the practice {@code practiceId} (at {@code expectedRevision}, the
 * revision its author read) or, when {@code practiceId} is null, drafts a new one with {@code tags} and
 * {@code industry}; either names the lesson as its motivation and is linked to it. Answered with an
 * {@link Adaptation}.
 */
public record AdaptPracticeCommand(String lessonId, String practiceId, Integer expectedRevision, String title,
                                   String body, String rationale, Set<String> tags, String industry, Actor actor) {
}
