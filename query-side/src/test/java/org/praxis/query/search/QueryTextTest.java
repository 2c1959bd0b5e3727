package org.praxis.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTest {

    @Test
    void aQuestionLosesItsQuestionWordsButKeepsItsTopic() {
        QueryText query = new QueryText("What problems of heat conduction in composite slabs have been solved so far?");

        assertThat(query.text()).isEqualTo("problems of heat conduction in composite slabs solved so far?");
        assertThat(query.wordPairs()).containsExactly("problems heat", "heat conduction", "conduction composite",
                "composite slabs", "slabs solved", "solved so", "so far");
    }

    @Test
    void quotedPhrasesStayExactlyAsTyped() {
        QueryText query = new QueryText("\"what is done\" how rollback");

        assertThat(query.text()).isEqualTo("\"what is done\" rollback");
        assertThat(query.unquoted()).isEqualTo("rollback");
        assertThat(query.wordPairs()).isEmpty();
    }

    @Test
    void aPastedParagraphFormsNoPairs() {
        String paragraph = "An experimental computer program classifies chemical abstracts into eighty sections "
                + "using only their titles; we compare its assignments with those made by trained human indexers, "
                + "measure agreement across five major section groupings, discuss ambiguous vocabulary, and "
                + "suggest thesaurus changes improving automatic assignment precision.";
        assertThat(new QueryText(paragraph).wordPairs()).isEmpty();
        assertThat(new QueryText("retrieval of documents by their titles").wordPairs())
                .containsExactly("retrieval documents", "documents titles");
    }

    @Test
    void excludedWordsFormNoPairs() {
        QueryText query = new QueryText("deployment -friday rollback");

        assertThat(query.wordPairs()).containsExactly("deployment rollback");
    }

    @Test
    void quotesOperatorsAndPrefixesAreTheSimpleQuerySyntaxPlainWordsAreNot() {
        assertThat(new QueryText("\"heat transfer\" slabs").hasSyntax()).isTrue();
        assertThat(new QueryText("deployment -friday").hasSyntax()).isTrue();
        assertThat(new QueryText("deploy*").hasSyntax()).isTrue();
        assertThat(new QueryText("+deployment friday").hasSyntax()).isTrue();
        assertThat(new QueryText("deployment | rollback").hasSyntax()).isTrue();
        assertThat(new QueryText("heat transfer in composite slabs, re-entry").hasSyntax()).isFalse();
        assertThat(new QueryText("renal hypertrophy - - stimulus").hasSyntax()).as("a dash alone").isFalse();
    }

    @Test
    void onlyQuestionWordsLeaveNothingToSearchFor() {
        assertThat(new QueryText("what is there").text()).isEmpty();
    }

    @Test
    void wordsWithDigitsNeverMatchWithATypo() {
        assertThat(new QueryText("outage INC-20418 on 10.20.30.41 since v2.3.2 in 2024").typoTolerant())
                .isEqualTo("outage on since in");
        assertThat(new QueryText("\"fire drill\" INC-20418").typoTolerant()).isEmpty();
        assertThat(new QueryText("send (e-mail) reminders, -draft").typoTolerant()).isEqualTo("send reminders");
    }

    @Test
    void identifiersAreWholeWordsOfThePairs() {
        assertThat(new QueryText("closed INC-20418 on 2024-03-16.").wordPairs())
                .containsExactly("closed inc-20418", "inc-20418 2024-03-16");
    }

    @Test
    void negationsStayInTheWordPairs() {
        assertThat(new QueryText("backup not available").wordPairs())
                .containsExactly("backup not", "not available");
    }

    @Test
    void spacedWordsAreAlsoTriedAsOne() {
        assertThat(new QueryText("on call rota for wi fi").joinedPairs())
                .containsExactly("oncall", "callrota", "rotafor", "forwi", "wifi");
        assertThat(new QueryText("release 2 notes -draft").joinedPairs()).isEmpty();
    }

    @Test
    void joinedWordsAreAlsoTriedSpacedButNeverIdentifiersQuotesOrExclusions() {
        assertThat(new QueryText("oncall").spacedForms()).containsExactly("o ncall", "on call", "onc all", "onca ll");
        assertThat(new QueryText("email").spacedForms()).contains("e mail").doesNotContain("emai l");
        assertThat(new QueryText("wifi INC-20418 \"oncall\" -ecommerce").spacedForms())
                .containsExactly("w ifi", "wi fi");
        assertThat(new QueryText("api").spacedForms()).isEmpty();
    }

    @Test
    void hyphenatedWordsAreAlsoTriedSpaced() {
        assertThat(new QueryText("on-call rota, Wi-Fi. INC-20418 \"e-mail\" -e-commerce").hyphenatedSpaced())
                .containsExactly("on call", "wi fi");
    }
}
