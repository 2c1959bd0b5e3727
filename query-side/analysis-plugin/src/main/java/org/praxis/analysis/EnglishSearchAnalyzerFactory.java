package org.praxis.analysis;

import org.elasticsearch.plugin.NamedComponent;

/**
 * {@code praxis_english_search}: what a person typed, for the fields {@code praxis_english} and {@code
 * praxis_file_name} indexed (the same analysis, keeping the token graph of joined spellings).
 */
@NamedComponent("praxis_english_search")
public class EnglishSearchAnalyzerFactory extends PraxisAnalyzerFactory {

    public EnglishSearchAnalyzerFactory() {
        super(() -> new ProseAnalyzer(true, false));
    }
}
