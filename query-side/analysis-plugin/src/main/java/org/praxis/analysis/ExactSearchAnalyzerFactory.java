package org.praxis.analysis;

import org.elasticsearch.plugin.NamedComponent;

/**
 * {@code praxis_exact_search}: quoted phrases, for the fields {@code praxis_exact} and {@code praxis_file_name_exact}
 * indexed (keeping the token graph of joined spellings).
 */
@NamedComponent("praxis_exact_search")
public class ExactSearchAnalyzerFactory extends PraxisAnalyzerFactory {

    public ExactSearchAnalyzerFactory() {
        super(() -> new ProseAnalyzer(false, false));
    }
}
