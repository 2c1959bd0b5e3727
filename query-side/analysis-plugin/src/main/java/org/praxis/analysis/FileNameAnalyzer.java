package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * The words of a file name, for indexing. The extension is set aside ({@code warranty_terms.txt} → warranty,
 * terms), the name splits on dots, underscores, hyphens, spaces and changes of case ({@code testJPEG_EXIF} →
 * test, jpeg, exif) and keeps the whole joined name too. The English variant ({@code praxis_file_name}) then
 * drops stop words and stems as queries do ({@code praxis_english_search}), so a query for a word of the name,
 * or for the name as written, finds the file; the exact one ({@code praxis_file_name_exact}) keeps every word as
 * written, for quoted phrases.
 */
final class FileNameAnalyzer extends Analyzer {

    /** A last dot and one to five letters or digits: the extension. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{L}\\p{N}]{1,5}$");
    private static final Pattern SEPARATOR = Pattern.compile("[.\\-]");
    private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.CATENATE_ALL
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;

    private final boolean english;

    FileNameAnalyzer(boolean english) {
        this.english = english;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(SEPARATOR, "_", new PatternReplaceCharFilter(EXTENSION, "", reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = Spellings.partsAndWhole(source, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                FLAGS);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        return new TokenStreamComponents(source, english
                ? new PorterStemFilter(new StopFilter(stream, Spellings.STOP_WORDS)) : stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
