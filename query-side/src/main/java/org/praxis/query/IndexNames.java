package org.praxis.query;

/**
 * Index names: every index lives behind an alias ({@code praxis-documents}) that points at a
 * concrete generation ({@code praxis-documents-v1}), so a rebuild can fill a new index and swap.
 */
public record IndexNames(String prefix) {

    public static final String DOCUMENTS = "documents";
    public static final String PRACTICES = "practices";
    public static final String LESSONS = "lessons";
    public static final String PEOPLE = "people";
    public static final String GAPS = "gaps";
    public static final String PASSAGES = "passages";
    public static final String DISCUSSIONS = "discussions";

    public String alias(String kind) {
        return prefix + "-" + kind;
    }

    public String generation(String kind, int generation) {
        return alias(kind) + "-v" + generation;
    }

    /** The kind of item an index holds, from its concrete name ({@code praxis-documents-v1} → {@code document}). */
    public String itemType(String indexName) {
        String kind = indexName.startsWith(prefix + "-") ? indexName.substring(prefix.length() + 1) : indexName;
        int generation = kind.lastIndexOf("-v");
        kind = generation > 0 ? kind.substring(0, generation) : kind;
        return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
    }
}
