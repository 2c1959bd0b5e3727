package org.praxis.analysis;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_french}: French text (Lucene's French analyzer: elisions, French stop words, light stemming). */
@NamedComponent("praxis_french")
public class FrenchAnalyzerFactory extends PraxisAnalyzerFactory {

    public FrenchAnalyzerFactory() {
        super(FrenchAnalyzer::new);
    }
}
