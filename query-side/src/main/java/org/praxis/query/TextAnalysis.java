package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Which analyzers the index mappings use. Mappings name Praxis's own analyzers ({@code praxis_english},
 * {@code praxis_exact}, their query variants, the file-name and the language analyzers) from the
 * {@code praxis-analysis} plugin, which the embedded node always has. A full Elasticsearch cluster without
 * that plugin gets its closest built-in analyzers instead ({@code english}, {@code standard}, {@code german},
 * …), so the same mappings work on both.
 */
public class TextAnalysis {

    static final String PLUGIN = "praxis-analysis";
    /** The built-in analyzer closest to each of the plugin's. */
    private static final Map<String, String> BUILT_IN = Map.ofEntries(Map.entry("praxis_english", "english"),
            Map.entry("praxis_english_search", "english"), Map.entry("praxis_file_name", "english"),
            Map.entry("praxis_file_name_exact", "standard"), Map.entry("praxis_exact", "standard"),
            Map.entry("praxis_exact_search", "standard"), Map.entry("praxis_german", "german"),
            Map.entry("praxis_french", "french"), Map.entry("praxis_spanish", "spanish"),
            Map.entry("praxis_italian", "italian"), Map.entry("praxis_dutch", "dutch"),
            Map.entry("praxis_portuguese", "portuguese"));

    private final ElasticsearchClient client;
    private volatile Boolean pluginInstalled;

    public TextAnalysis(ElasticsearchClient client) {
        this.client = client;
    }

    /** The mapping with analyzer names this cluster knows. */
    public String adapt(String mapping) {
        if (pluginInstalled()) {
            return mapping;
        }
        String adapted = mapping;
        for (Map.Entry<String, String> analyzer : BUILT_IN.entrySet()) {
            adapted = adapted.replace('"' + analyzer.getKey() + '"', '"' + analyzer.getValue() + '"');
        }
        return adapted;
    }

    private boolean pluginInstalled() {
        if (pluginInstalled == null) {
            try {
                // the cat API, because node info cannot decode stable plugins (they have no class name)
                pluginInstalled = client.cat().plugins().valueBody().stream()
                        .anyMatch(plugin -> PLUGIN.equals(plugin.component()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pluginInstalled;
    }
}
