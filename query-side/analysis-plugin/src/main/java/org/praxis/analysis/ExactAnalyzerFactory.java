package org.praxis.analysis;

import org.elasticsearch.plugin.NamedComponent;

/**
 * {@code praxis_exact}: words as written at indexing ({@link ProseAnalyzer}: nothing stemmed or dropped), for exact
 * phrases.
 */
@NamedComponent("praxis_exact")
public class ExactAnalyzerFactory extends PraxisAnalyzerFactory {

    public ExactAnalyzerFactory() {
        super(() -> new ProseAnalyzer(false, true));
    }
}
