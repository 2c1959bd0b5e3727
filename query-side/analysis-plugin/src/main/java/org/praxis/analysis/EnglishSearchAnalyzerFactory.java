package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code praxis_english_search}: what a person typed, for the fields {@code praxis_english} indexed (the same analysis, keeping the token graph of joined spellings). */
@NamedComponent("praxis_english_search")
public class EnglishSearchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ProseAnalyzer(true, false);
    }
}
