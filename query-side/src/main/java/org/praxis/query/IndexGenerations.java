package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generations of one projection's index ({@code praxis-documents-v1}, {@code -v2}, …) and its two
 * aliases: queries read {@code praxis-documents}, the projection writes {@code praxis-documents-write}.
 * A rebuild creates the next generation and points only the write alias at it, so searches go on
 * answering from the complete previous generation; when the replay has caught up, both aliases are
 * swapped in one atomic step and the old generation is dropped.
 */
public class IndexGenerations {

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final TextAnalysis analysis;
    private final String kind;
    private final String mapping;

    public IndexGenerations(ElasticsearchClient client, IndexNames names, TextAnalysis analysis, String kind,
                            String mapping) {
        this.client = client;
        this.names = names;
        this.analysis = analysis;
        this.kind = kind;
        this.mapping = mapping;
    }

    public String readAlias() {
        return names.alias(kind);
    }

    public String writeAlias() {
        return names.alias(kind) + "-write";
    }

    /** Creates the first generation behind both aliases, unless there is one (adding a missing write alias). */
    public void ensureExists() throws IOException {
        if (client.indices().existsAlias(a -> a.name(readAlias())).value()) {
            if (!client.indices().existsAlias(a -> a.name(writeAlias())).value()) {
                String current = behind(readAlias());
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(current).alias(writeAlias())
                        .isWriteIndex(true))));
            }
            return;
        }
        String first = names.generation(kind, 1);
        try {
            create(first);
            client.indices().updateAliases(u -> u
                    .actions(a -> a.add(add -> add.index(first).alias(readAlias())))
                    .actions(a -> a.add(add -> add.index(first).alias(writeAlias()).isWriteIndex(true))));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Starts a rebuild: a new, empty generation receives the writes; reads stay on the current one. */
    public void startRebuild() {
        try {
            ensureExists();
            String writing = behind(writeAlias());
            String next = names.generation(kind, highestGeneration() + 1);
            create(next);
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(remove -> remove.index(writing).alias(writeAlias())))
                    .actions(a -> a.add(add -> add.index(next).alias(writeAlias()).isWriteIndex(true))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation queries read now. */
    public String current() {
        try {
            return behind(readAlias());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a rebuild is filling a generation that queries do not read yet. */
    public boolean rebuilding() {
        try {
            return !behind(readAlias()).equals(behind(writeAlias()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points queries at the rebuilt generation in one atomic step, then drops every older generation. */
    public void completeRebuild() {
        try {
            String rebuilt = behind(writeAlias());
            String previous = behind(readAlias());
            if (rebuilt.equals(previous)) {
                return;
            }
            client.indices().refresh(r -> r.index(rebuilt));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(remove -> remove.index(previous).alias(readAlias())))
                    .actions(a -> a.add(add -> add.index(rebuilt).alias(readAlias()))));
            for (String generation : generations()) {
                if (!generation.equals(rebuilt)) {
                    client.indices().delete(d -> d.index(generation).ignoreUnavailable(true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void create(String index) throws IOException {
        try (InputStream resource = IndexGenerations.class.getResourceAsStream(mapping)) {
            String definition = analysis.adapt(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
            client.indices().create(c -> c.withJson(new StringReader(definition)).index(index));
        }
    }

    private String behind(String alias) throws IOException {
        Set<String> indexes = client.indices().getAlias(a -> a.name(alias)).result().keySet();
        if (indexes.size() != 1) {
            throw new IllegalStateException(alias + " should name exactly one index, not " + indexes);
        }
        return indexes.iterator().next();
    }

    private Set<String> generations() throws IOException {
        return client.indices().get(g -> g.index(names.alias(kind) + "-v*").ignoreUnavailable(true)
                .allowNoIndices(true)).result().keySet();
    }

    private int highestGeneration() throws IOException {
        Pattern generation = Pattern.compile(Pattern.quote(names.alias(kind)) + "-v(\\d+)");
        int highest = 0;
        for (String index : generations()) {
            Matcher matcher = generation.matcher(index);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return highest;
    }
}
