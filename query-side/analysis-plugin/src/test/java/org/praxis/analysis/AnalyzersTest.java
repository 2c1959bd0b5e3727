package org.praxis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzersTest {

    private static final Analyzer ENGLISH = new ProseAnalyzer(true, true);
    private static final Analyzer EXACT = new ProseAnalyzer(false, true);
    private static final Analyzer FILE_NAME = new FileNameAnalyzer(true);

    @Test
    void hyphenatedWordsAreIndexedAsPartsAndAsOneWord() throws IOException {
        assertThat(terms(ENGLISH, "send an e-mail today")).contains("e", "mail", "email", "send", "todai");
        assertThat(terms(ENGLISH, "Wi-Fi and on-call")).contains("wifi", "oncal", "call");
        assertThat(terms(ENGLISH, "e\u2011commerce")).contains("ecommerc", "commerc");
    }

    @Test
    void identifiersStayWholeOrJoinWithoutLosingTheirDigits() throws IOException {
        assertThat(terms(ENGLISH, "host 10.20.30.41 runs v2.3.1")).contains("10.20.30.41", "v2.3.1")
                .doesNotContain("41", "30", "1");
        assertThat(terms(ENGLISH, "ticket INC-20418")).contains("inc20418", "inc", "20418");
        assertThat(terms(ENGLISH, "1,000 units")).contains("1,000");
    }

    @Test
    void negationsAreWordsAndLoneDashesArePunctuation() throws IOException {
        assertThat(terms(ENGLISH, "the server is not available")).containsExactly("server", "not", "avail");
        assertThat(terms(EXACT, "slabs - papers")).containsExactly("slabs", "papers");
    }

    @Test
    void exactAnalysisKeepsStopWordsAndForms() throws IOException {
        assertThat(terms(EXACT, "It is not available")).containsExactly("it", "is", "not", "available");
    }

    @Test
    void fileNamesSplitOnSeparatorsAndCaseWithoutTheirExtension() throws IOException {
        assertThat(terms(FILE_NAME, "warranty_terms.txt")).contains("warranti", "term").doesNotContain("txt");
        assertThat(terms(FILE_NAME, "testJPEG_EXIF.jpg")).contains("test", "jpeg", "exif", "testjpegexif");
        assertThat(terms(FILE_NAME, "Lastenheft.txt")).containsExactly("lastenheft");
        assertThat(terms(FILE_NAME, "annual-report.2024 final.pdf")).contains("annual", "report", "2024", "final");
    }

    @Test
    void theJoinedWordTakesThePlaceOfItsParts() throws IOException {
        List<String> positions = new ArrayList<>();
        try (TokenStream stream = ENGLISH.tokenStream("text", "an e-mail address")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                positions.add(term + "@" + position);
            }
            stream.end();
        }
        assertThat(positions).containsExactlyInAnyOrder("email@1", "e@1", "mail@2", "address@3");
    }

    @Test
    void chineseAndJapaneseAreReadAsPairsOfCharacters() throws IOException {
        assertThat(terms(ENGLISH, "古書店で処刑記録見つかる")).contains("処刑", "刑記", "記録").doesNotContain("記");
        assertThat(terms(ENGLISH, "中文測試 report")).containsExactly("中文", "文測", "測試", "report");
    }

    @Test
    void europeanLanguagesAreStemmedByTheirOwnRules() throws IOException {
        assertThat(terms(new GermanAnalyzerFactory().create(), "Wege Häuser")).containsExactly("weg", "haus");
        assertThat(terms(new FrenchAnalyzerFactory().create(), "chevaux l'équipe")).containsExactly("cheval", "equip");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
