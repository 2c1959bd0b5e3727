package org.praxis.platform.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores a set of simple names (roles, groups) as one comma-separated column. */
@Converter
class NameSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> names) {
        return names == null ? "" : String.join(",", new TreeSet<>(names));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
