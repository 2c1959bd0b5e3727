package org.praxis.analysis;

import org.elasticsearch.plugin.NamedComponent;

/**
 * {@code praxis_english}: English prose at indexing ({@link ProseAnalyzer}: stemmed, stop words dropped, joined
 * spellings as parts and whole, CJK as bigrams).
 */
@NamedComponent("praxis_english")
public class EnglishAnalyzerFactory extends PraxisAnalyzerFactory {

    public EnglishAnalyzerFactory() {
        super(() -> new ProseAnalyzer(true, true));
    }
}
