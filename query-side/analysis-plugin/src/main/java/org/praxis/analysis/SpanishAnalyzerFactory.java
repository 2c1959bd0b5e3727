package org.praxis.analysis;

import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_spanish}: Spanish text (Lucene's Spanish analyzer: Spanish stop words, light stemming). */
@NamedComponent("praxis_spanish")
public class SpanishAnalyzerFactory extends PraxisAnalyzerFactory {

    public SpanishAnalyzerFactory() {
        super(SpanishAnalyzer::new);
    }
}
