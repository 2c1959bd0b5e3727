package org.praxis.analysis;

import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;

/** {@code praxis_italian}: Italian text (Lucene's Italian analyzer: elisions, Italian stop words, light stemming). */
@NamedComponent("praxis_italian")
public class ItalianAnalyzerFactory extends PraxisAnalyzerFactory {

    public ItalianAnalyzerFactory() {
        super(ItalianAnalyzer::new);
    }
}
