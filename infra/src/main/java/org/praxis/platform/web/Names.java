package org.praxis.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Names (tags, groups) as people type them: repeated parameters, or comma-separated in one. */
public final class Names {

    private Names() {
    }

    public static Set<String> of(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    public static Set<String> of(String commaSeparated) {
        return commaSeparated == null ? Set.of() : of(List.of(commaSeparated));
    }
}
