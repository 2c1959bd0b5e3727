package org.praxis.analysis;

import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_dutch}: Dutch text (Lucene's Dutch analyzer: Dutch stop words, Snowball stemming). */
@NamedComponent("praxis_dutch")
public class DutchAnalyzerFactory extends PraxisAnalyzerFactory {

    public DutchAnalyzerFactory() {
        super(DutchAnalyzer::new);
    }
}
