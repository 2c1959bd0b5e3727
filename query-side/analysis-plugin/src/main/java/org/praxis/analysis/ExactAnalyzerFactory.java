package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code praxis_exact}: words as written at indexing ({@link ProseAnalyzer}: nothing stemmed or dropped), for exact phrases. */
@NamedComponent("praxis_exact")
public class ExactAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ProseAnalyzer(false, true);
    }
}
