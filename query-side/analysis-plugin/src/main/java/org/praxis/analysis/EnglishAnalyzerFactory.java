package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code praxis_english}: English prose at indexing ({@link ProseAnalyzer}: stemmed, stop words dropped, joined spellings as parts and whole). */
@NamedComponent("praxis_english")
public class EnglishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ProseAnalyzer(true, true);
    }
}
