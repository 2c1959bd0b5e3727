package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

import java.util.function.Supplier;

/**
 * A named analyzer of the plugin: each subclass names one ({@code @NamedComponent}) and says which Lucene
 * analyzer it creates. The European languages use Lucene's own analyzers for them (stop words, light
 * stemming, the language's normalisation), as Elasticsearch's built-in language analyzers do.
 */
abstract class PraxisAnalyzerFactory implements AnalyzerFactory {

    private final Supplier<Analyzer> analyzer;

    PraxisAnalyzerFactory(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Analyzer create() {
        return analyzer.get();
    }
}
