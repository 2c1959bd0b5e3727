package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code praxis_english}: Lucene's English analysis chain plus accent folding, so that "failures"
 * finds "failure", "organizational" finds "organization", "café" finds "cafe", and "the" matches nothing.
 */
@NamedComponent("praxis_english")
public class EnglishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
