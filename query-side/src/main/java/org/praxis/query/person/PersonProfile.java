package org.praxis.query.person;

/** A person and their contributions, as another user may see them. */
public record PersonProfile(PersonEntry person, Contributions contributions) {
}
