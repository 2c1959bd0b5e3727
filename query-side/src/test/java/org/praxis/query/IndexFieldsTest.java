package org.praxis.query;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.gap.GapEntry;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.person.PersonEntry;
import org.praxis.query.practice.PracticeEntry;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index contract holds in one place: every entry record stores exactly the fields its mapping declares
 * (besides the {@code copy_to} targets the mapping fills itself), and every {@link ItemFields} name is a field of
 * some index. A renamed record component or constant fails here, not as a search that silently matches nothing.
 */
class IndexFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Index(Class<?> entry, String mapping) {
        @Override
        public String toString() {
            return entry.getSimpleName();
        }
    }

    static List<Index> indexes() {
        return List.of(new Index(DocumentEntry.class, "document/documents-index.json"),
                new Index(PracticeEntry.class, "practice/practices-index.json"),
                new Index(LessonEntry.class, "lesson/lessons-index.json"),
                new Index(PersonEntry.class, "person/people-index.json"),
                new Index(GapEntry.class, "gap/gaps-index.json"));
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void anEntryStoresExactlyTheFieldsOfItsMapping(Index index) throws IOException {
        JsonNode properties = properties(index.mapping());
        Set<String> declared = new TreeSet<>();
        Set<String> filledByTheMapping = new HashSet<>();
        properties.fields().forEachRemaining(field -> {
            declared.add(field.getKey());
            field.getValue().path("copy_to").forEach(target -> filledByTheMapping.add(target.asText()));
            if (field.getValue().path("copy_to").isTextual()) {
                filledByTheMapping.add(field.getValue().path("copy_to").asText());
            }
        });
        declared.removeAll(filledByTheMapping);

        assertThat(serializedNames(index.entry())).as("%s's JSON against %s", index, index.mapping())
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyNamedFieldIsAFieldOfSomeIndex() throws IOException, IllegalAccessException {
        Set<String> fields = new HashSet<>();
        for (Index index : indexes()) {
            collect(properties(index.mapping()), "", fields);
        }
        for (Field constant : ItemFields.class.getDeclaredFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                assertThat(fields).as("ItemFields.%s", constant.getName()).contains((String) constant.get(null));
            }
        }
    }

    private static void collect(JsonNode properties, String prefix, Set<String> into) {
        properties.fields().forEachRemaining(field -> {
            into.add(prefix + field.getKey());
            collect(field.getValue().path("properties"), prefix + field.getKey() + ".", into);
        });
    }

    private static JsonNode properties(String mapping) throws IOException {
        try (InputStream in = IndexFieldsTest.class.getResourceAsStream("/org/praxis/query/" + mapping)) {
            return JSON.readTree(in).path("mappings").path("properties");
        }
    }

    private static Set<String> serializedNames(Class<?> entry) throws JsonMappingException {
        Set<String> names = new TreeSet<>();
        Iterator<PropertyWriter> properties = JSON.getSerializerProviderInstance().findValueSerializer(entry).properties();
        properties.forEachRemaining(property -> names.add(property.getName()));
        return names;
    }
}
