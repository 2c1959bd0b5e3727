package org.praxis.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps every Praxis analyzer shares so that one word written several ways meets itself and an
 * identifier stays whole:
 * <ul>
 *     <li>A hyphen between two letters or digits joins them ({@code e-mail}, {@code Wi-Fi}, {@code INC-20418}):
 *     it becomes an underscore, which the standard tokenizer keeps inside a token.</li>
 *     <li>A token joined so is indexed as its parts and as their concatenation ({@code e-mail} → e, mail,
 *     email), as a token graph (Lucene's {@link WordDelimiterGraphFilter}, split on underscores only). A query
 *     reads the graph as "the joined word, or its parts as a phrase", so {@code e-mail} finds "email",
 *     "e-mail" and "e mail" and never matches the letter "e" alone; {@code INC-20418} never matches "INC"
 *     alone. Dots, commas and colons inside a token do not split it: {@code 10.20.30.41}, {@code v2.3.1} and
 *     {@code 1,000} stay one token, so an address or a version matches only itself.</li>
 *     <li>At indexing the graph is flattened ({@link FlattenGraphFilter}), as an index needs; queries keep it.</li>
 * </ul>
 * Negations ({@code no}, {@code not}) are not stop words: "not available" must not find "available".
 */
final class Spellings {

    private static final Set<String> NEGATIONS = Set.of("no", "not");
    /** Lucene's English stop words without the negations. */
    static final CharArraySet STOP_WORDS = stopWordsWithoutNegations();

    private static final Pattern JOINING_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}])[-\u2010\u2011](?=[\\p{L}\\p{N}])");
    private static final byte[] SPLIT_ON_UNDERSCORE_ONLY = underscoreOnlyTable();
    private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.CATENATE_ALL;

    private Spellings() {
    }

    /** The text with each word-joining hyphen turned into an underscore (offsets unchanged: one character each). */
    static Reader joinHyphenatedWords(Reader text) {
        return new PatternReplaceCharFilter(JOINING_HYPHEN, "_", text);
    }

    /** Joined tokens as their parts and their concatenation; a graph when {@code indexing} is false. */
    static TokenStream partsAndWhole(TokenStream tokens, boolean indexing) {
        return partsAndWhole(tokens, indexing, SPLIT_ON_UNDERSCORE_ONLY, FLAGS);
    }

    static TokenStream partsAndWhole(TokenStream tokens, boolean indexing, byte[] characterTypes, int flags) {
        TokenStream graph = new WordDelimiterGraphFilter(tokens, true, characterTypes, flags, null);
        return indexing ? new FlattenGraphFilter(graph) : graph;
    }

    private static byte[] underscoreOnlyTable() {
        byte[] types = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE.clone();
        for (int c = 0; c < types.length; c++) {
            boolean delimiter = (types[c] & WordDelimiterIterator.ALPHANUM) == 0;
            if (delimiter && c != '_') {
                types[c] = WordDelimiterIterator.ALPHA;
            }
        }
        return types;
    }

    private static CharArraySet stopWordsWithoutNegations() {
        List<String> words = new ArrayList<>();
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            String stopWord = new String((char[]) word);
            if (!NEGATIONS.contains(stopWord)) {
                words.add(stopWord);
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
    }
}
