package org.praxis.events.document;

import java.util.Set;

/**
 * Who may see a document: everyone in the organisation, members of some groups, or only its owner.
 */
public record Visibility(Scope scope, Set<String> groups) {

    public enum Scope { ORGANIZATION, GROUPS, PRIVATE }

    public Visibility {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        if (scope == Scope.GROUPS && groups.isEmpty()) {
            throw new IllegalArgumentException("visibility GROUPS needs at least one group");
        }
        if (scope != Scope.GROUPS && !groups.isEmpty()) {
            throw new IllegalArgumentException("only visibility GROUPS names groups");
        }
    }

    public static Visibility organization() {
        return new Visibility(Scope.ORGANIZATION, Set.of());
    }

    public static Visibility privateTo() {
        return new Visibility(Scope.PRIVATE, Set.of());
    }
}
