package org.praxis.analysis;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.elasticsearch.plugin.NamedComponent;

/**
 * {@code praxis_german}: German text (Lucene's German analyzer: German stop words, umlaut normalisation, light
 * stemming).
 */
@NamedComponent("praxis_german")
public class GermanAnalyzerFactory extends PraxisAnalyzerFactory {

    public GermanAnalyzerFactory() {
        super(GermanAnalyzer::new);
    }
}
