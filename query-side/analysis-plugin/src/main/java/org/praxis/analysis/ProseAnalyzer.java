package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * The analysis of prose, in two strengths. <b>English</b>: possessives and stop words dropped, Porter
 * stemming ("failures" finds "failure"). <b>Exact</b>: words as written, nothing stemmed or dropped, for
 * quoted phrases. Both lower-case, fold accents ("café" finds "cafe") and treat joined spellings as
 * {@link Spellings} describes. Chinese, Japanese and Korean text is read as overlapping pairs of characters
 * (Lucene's CJK bigrams, after folding full- and half-width forms), so a word of four characters matches
 * text holding that word, never text holding one of its characters. The indexing variant flattens the token
 * graph, the query variant keeps it.
 */
final class ProseAnalyzer extends Analyzer {

    private final boolean english;
    private final boolean indexing;

    ProseAnalyzer(boolean english, boolean indexing) {
        this.english = english;
        this.indexing = indexing;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return Spellings.joinHyphenatedWords(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(new CJKWidthFilter(source));
        stream = english ? new EnglishPossessiveFilter(stream) : stream;
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        if (english) {
            stream = new StopFilter(stream, Spellings.STOP_WORDS);
        }
        stream = Spellings.partsAndWhole(stream, indexing);
        return new TokenStreamComponents(source, english ? new PorterStemFilter(stream) : stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
