package org.praxis.query;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The person asking a query. Every read path filters by {@link #principals()}: a document is visible
 * when one of its readers is one of these.
 */
public record Viewer(String username, Set<String> groups) {

    public static final String ORGANIZATION = "org";

    public Viewer {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public Set<String> principals() {
        Set<String> principals = new LinkedHashSet<>();
        principals.add(ORGANIZATION);
        principals.add(user(username));
        groups.forEach(group -> principals.add(group(group)));
        return principals;
    }

    public static String user(String username) {
        return "user:" + username;
    }

    public static String group(String group) {
        return "group:" + group;
    }
}
