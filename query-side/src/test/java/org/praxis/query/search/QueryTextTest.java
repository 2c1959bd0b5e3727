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
}
