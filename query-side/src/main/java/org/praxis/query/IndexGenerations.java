package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generations of one projection's index ({@code praxis-documents-v1}, {@code -v2}, …) and its two
 * aliases: queries read {@code praxis-documents}, the projection writes {@code praxis-documents-write}.
 * A rebuild creates the next generation and points only the write alias at it, so searches go on
 * answering from the complete previous generation; when the replay has caught up, both aliases are
 * swapped in one atomic step and the old generation is dropped. Each generation records (in its mapping's
 * {@code _meta}) the hash of the definition it was created from, so an upgrade that changes the definition is
 * noticed ({@link #outdated()}).
 */
public class IndexGenerations {

    /** The mapping's {@code _meta} key naming the definition a generation was created from. */
    static final String MAPPING_META = "praxis-definition";

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

    /**
     * Starts a rebuild: a new, empty generation receives the writes; reads stay on the current one. Nobody searches
     * the new generation until {@link #completeRebuild()}, so it is loaded without periodic refreshes (Elasticsearch's
     * advice for bulk loads, "Tune for indexing speed"); completing the rebuild restores them.
     */
    public void startRebuild() {
        try {
            ensureExists();
            String writing = behind(writeAlias());
            String next = names.generation(kind, highestGeneration() + 1);
            create(next);
            refreshInterval(next, Json.createValue("-1"));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(remove -> remove.index(writing).alias(writeAlias())))
                    .actions(a -> a.add(add -> add.index(next).alias(writeAlias()).isWriteIndex(true))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates {@code index} from this kind's definition, outside the generations (no alias names it) and, like a
     * rebuilding generation, without periodic refreshes: for a benchmark's baseline, which writes the same entries
     * to an index that analyses them the same way.
     *
     * @throws IOException when Elasticsearch cannot be reached or refuses the index (one of that name exists)
     */
    public void createUnaliased(String index) throws IOException {
        create(index);
        refreshInterval(index, Json.createValue("-1"));
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
            refreshInterval(rebuilt, JsonValue.NULL);
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

    /**
     * Whether the generation queries read was created from another mapping than the one this version of
     * Praxis has (an upgrade changed fields or analysis): it must be rebuilt, or writes of new fields are
     * refused and queries analyse words differently from the index. An index made before generations were
     * marked counts as outdated.
     */
    public boolean outdated() {
        try {
            var meta = client.indices().getMapping(g -> g.index(readAlias())).result().values().iterator().next()
                    .mappings().meta();
            JsonData built = meta == null ? null : meta.get(MAPPING_META);
            return built == null || !definitionHash().equals(built.to(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the index's refresh interval; {@code JsonValue.NULL} restores its own (the definition's or the default). */
    private void refreshInterval(String index, JsonValue interval) throws IOException {
        client.indices().putSettings(p -> p.index(index)
                .settings(settings -> settings.otherSettings("refresh_interval", JsonData.of(interval))));
    }

    private void create(String index) throws IOException {
        String definition = definition();
        String hash = definitionHash();
        client.indices().create(c -> c.withJson(new StringReader(definition)).index(index));
        client.indices().putMapping(p -> p.index(index).meta(MAPPING_META, JsonData.of(hash)));
    }

    private String definition() throws IOException {
        try (InputStream resource = IndexGenerations.class.getResourceAsStream(mapping)) {
            return analysis.adapt(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The SHA-256 of the settings and mappings a generation is created from, in hex. */
    private String definitionHash() throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(definition().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
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
