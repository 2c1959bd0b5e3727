package org.praxis.analysis;

import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_portuguese}: Portuguese text (Lucene's Portuguese analyzer: Portuguese stop words, light stemming). */
@NamedComponent("praxis_portuguese")
public class PortugueseAnalyzerFactory extends PraxisAnalyzerFactory {

    public PortugueseAnalyzerFactory() {
        super(PortugueseAnalyzer::new);
    }
}
