package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code praxis_exact}: words as written (lower case, accents folded, nothing stemmed or dropped),
 * for exact phrases and for ranking exact matches above stemmed ones.
 */
@NamedComponent("praxis_exact")
public class ExactAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
