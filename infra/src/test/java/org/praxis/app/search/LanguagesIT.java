package org.praxis.app.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TaggedFiles;
import org.praxis.command.fixtures.SharedFixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents in other languages are found by the forms of their words their language's rules relate (German,
 * French, Spanish, Italian, Dutch, Portuguese), and Chinese and Japanese words match as words, never through
 * one of their characters: real documents of the corpus and notes of this test, searched within its tag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesIT extends PraxisIT {

    private TaggedFiles files;

    @BeforeAll
    void uploadDocumentsInManyLanguages() {
        files = new TaggedFiles(withToken(newUser("polyglot", "CONTRIBUTOR")), uniqueWord("languages"));
        for (String file : List.of("geometry-de.pdf", "testRTFJapanese.rtf", "testMSG_chinese.msg")) {
            files.upload(SharedFixtures.corpus().resolve(file), file);
        }
        Map<String, String> notes = Map.of(
                "fr.txt", "Les chevaux de la ferme sont nourris chaque matin par l'équipe. Le vétérinaire passe "
                        + "une fois par mois pour vérifier leur santé et leurs sabots.",
                "es.txt", "Los camiones de reparto salen del almacén cada mañana. Los conductores revisan los "
                        + "frenos y las ruedas antes de salir a la carretera.",
                "it.txt", "I magazzini della ditta restano aperti anche il sabato. Il responsabile controlla le "
                        + "consegne e firma i documenti di trasporto.",
                "nl.txt", "De fietsen van de medewerkers staan in de kelder van het kantoor. Elke vrijdag "
                        + "controleert de beheerder de sloten en de verlichting.",
                "pt.txt", "Os armazéns da empresa ficam perto do porto. A equipa verifica as encomendas todas as "
                        + "manhãs e regista os atrasos no sistema.",
                "ji.txt", "記者会見は明日の午後に開かれます。",
                "kiroku.txt", "この記録は倉庫の棚にあります。",
                "zhongguo.txt", "中国的天气很好。");
        notes.forEach(files::note);
        files.awaitIndexed();
    }

    @Test
    void europeanDocumentsAreFoundByTheFormsTheirLanguageRelates() {
        assertThat(language("geometry-de.pdf")).isEqualTo("de");
        assertThat(hits("Wege")).containsExactly("geometry-de.pdf");
        assertThat(hits("Pakete")).containsExactly("geometry-de.pdf");
        Map<String, String> forms = Map.of("fr.txt", "cheval", "es.txt", "camión", "it.txt", "magazzino",
                "nl.txt", "fiets", "pt.txt", "armazém");
        forms.forEach((file, word) -> {
            assertThat(language(file)).as(file).isEqualTo(file.substring(0, 2));
            assertThat(hits(word)).as(word).containsExactly(file);
        });
    }

    @Test
    void aJapaneseOrChineseWordNeverMatchesThroughOneOfItsCharacters() {
        assertThat(hits("処刑記録")).first().isEqualTo("testRTFJapanese.rtf");
        assertThat(hits("処刑記録")).doesNotContain("ji.txt");
        assertThat(hits("中文測試")).containsExactly("testMSG_chinese.msg");
    }

    @Test
    void aDocumentHoldingTheWholeWordRanksAboveOneHoldingAPart() {
        List<String> found = hits("処刑記録");
        assertThat(found).contains("kiroku.txt");
        assertThat(found.indexOf("testRTFJapanese.rtf")).isLessThan(found.indexOf("kiroku.txt"));
    }

    private String language(String file) {
        return files.document(file).path("language").asText();
    }

    private List<String> hits(String query) {
        return files.hits(query);
    }
}
