package org.praxis.platform.eventstore;

import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an event type keeps personal data: the JSON paths of its {@link PersonalData} components
 * (also inside nested records) and the name of its {@link DataSubject} component.
 */
record PersonalFields(String subject, List<Path> paths) {

    private static final Map<Class<?>, Optional<PersonalFields>> KNOWN = new ConcurrentHashMap<>();

    /** One personal value: the JSON field names leading to it, and whether it holds a collection. */
    record Path(List<String> names, boolean collection) {
    }

    /** The personal fields of {@code type}, if it has any; a type with some but no subject is a programming error. */
    static Optional<PersonalFields> of(Class<?> type) {
        return KNOWN.computeIfAbsent(type, PersonalFields::find);
    }

    private static Optional<PersonalFields> find(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        List<Path> paths = new ArrayList<>();
        collect(type, List.of(), paths);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        String subject = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " has personal data but no @DataSubject");
        }
        return Optional.of(new PersonalFields(subject, List.copyOf(paths)));
    }

    private static void collect(Class<?> type, List<String> prefix, List<Path> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> names = new ArrayList<>(prefix);
            names.add(component.getName());
            if (component.isAnnotationPresent(PersonalData.class)) {
                paths.add(new Path(List.copyOf(names), Collection.class.isAssignableFrom(component.getType())));
            } else if (component.getType().isRecord()) {
                collect(component.getType(), names, paths);
            }
        }
    }
}
