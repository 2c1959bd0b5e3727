package org.praxis.query.audit;

import org.praxis.events.discussion.DiscussionEvent;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.gap.GapEvent;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.events.person.PersonEvent;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.watch.WatchEvent;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every kind of event the audit trail holds, read off the sealed event families of {@code shared-events}, so a new
 * event type is listed without anyone remembering to: its name ({@code PracticeRevised}), the name in words
 * ("Practice revised") and what it is about.
 */
public final class EventTypes {

    /** What an event is about: the aggregate family it belongs to. */
    public enum About { DOCUMENT, PRACTICE, LESSON, PERSON, DISCUSSION, GAP, WATCHLIST }

    /** One event type: {@code name} as the audit filters by it, {@code words} as a person reads it. */
    public record EventType(String name, String words, About about) {
    }

    private static final Map<Class<?>, About> FAMILIES = Map.of(DocumentEvent.class, About.DOCUMENT,
            PracticeEvent.class, About.PRACTICE, LessonEvent.class, About.LESSON, PersonEvent.class, About.PERSON,
            DiscussionEvent.class, About.DISCUSSION, GapEvent.class, About.GAP, WatchEvent.class, About.WATCHLIST);

    private static final List<EventType> ALL = FAMILIES.entrySet().stream()
            .flatMap(family -> Arrays.stream(family.getKey().getPermittedSubclasses())
                    .map(type -> new EventType(type.getSimpleName(), words(type.getSimpleName()), family.getValue())))
            .sorted(Comparator.comparing(EventType::words)).toList();

    private static final Map<String, EventType> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    /** Every event type, by its name in words. */
    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** "PracticeProposalApproved" → "Practice proposal approved". */
    static String words(String name) {
        String spaced = Stream.of(name.split("(?<=[a-z])(?=[A-Z])")).map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
