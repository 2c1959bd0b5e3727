package org.praxis.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event (or of a value inside one) that may tell something about a person:
 * a title, a file name, tags. The event store keeps such values encrypted with the key of the
 * event's {@link DataSubject}; erasing the subject destroys the key, and the values read as empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {
}
