package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code praxis_exact_search}: quoted phrases, for the fields {@code praxis_exact} indexed (keeping the token graph of joined spellings). */
@NamedComponent("praxis_exact_search")
public class ExactSearchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ProseAnalyzer(false, false);
    }
}
