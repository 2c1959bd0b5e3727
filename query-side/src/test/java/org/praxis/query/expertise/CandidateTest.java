package org.praxis.query.expertise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.praxis.query.search.Evidence;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.query.expertise.ExpertSearch.Role.REVISED;
import static org.praxis.query.expertise.ExpertSearch.Role.UPLOADED;
import static org.praxis.query.expertise.ExpertSearch.Role.WROTE;

class CandidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFewWellMatchingItemsOutrankManyWeakPartialMatches() {
        Candidate focused = candidate("focused");
        focused.add(item("Rotating API keys"), WROTE, vote(1));
        focused.add(item("Key rotation runbook"), WROTE, vote(2));
        Candidate scattered = candidate("scattered");
        for (int rank = 91; rank <= 100; rank++) {
            scattered.add(item("Minutes " + rank), WROTE, vote(rank));
        }

        assertThat(score(focused)).isGreaterThan(score(scattered));
    }

    @Test
    void uploadingCountsOnceSoAnImporterIsNoAuthor() {
        Candidate importer = candidate("importer");
        for (int rank = 1; rank <= 100; rank++) {
            importer.add(item("Imported " + rank), UPLOADED, vote(rank));
        }
        Candidate author = candidate("author");
        author.add(item("The one that matters"), WROTE, vote(30));

        assertThat(score(author)).isGreaterThan(score(importer));
        assertThat(importer.expert(Set.of()).explanation())
                .isEqualTo("uploaded “Imported 1” and 99 more matching items");
    }

    @Test
    void theExplanationNamesTheStrongestEvidenceFirst() {
        Candidate person = candidate("alice");
        person.add(item("Old notes"), UPLOADED, vote(1));
        person.add(item("Rotating API keys"), WROTE, vote(2));
        person.add(item("Key rotation FAQ"), REVISED, vote(3));
        person.add(item("Audit checklist"), WROTE, vote(4));

        Expert expert = person.expert(Set.of());

        assertThat(expert.explanation()).isEqualTo("wrote “Rotating API keys” and 1 more matching item; "
                + "revised “Key rotation FAQ”; uploaded “Old notes”");
        assertThat(expert.evidence()).extracting(Expert.EvidenceItem::title).first().isEqualTo("Rotating API keys");
        assertThat(expert.evidence()).extracting(Expert.EvidenceItem::role)
                .containsOnly("wrote", "revised", "uploaded");
    }

    @Test
    void anItemsFieldsNameItsContributorsAndTheirParts() throws Exception {
        ObjectNode fields = (ObjectNode) JSON.readTree("""
                {"owner":"importer","authors":["Perlis, A. J.","Jane Doe <jane@example.com>"],
                 "revisers":["bob","system:imports"]}""");

        List<Contribution> contributions = Contribution.of(new Evidence("document", "d1", "Report", 1,
                Instant.EPOCH, fields));

        assertThat(contributions).containsExactlyInAnyOrder(
                new Contribution("importer", false, UPLOADED),
                new Contribution("bob", false, REVISED),
                new Contribution("Perlis, A. J.", true, WROTE),
                new Contribution("Jane Doe <jane@example.com>", true, WROTE));
    }

    /** The vote of the item at this rank, as {@link ExpertSearch} gives it to an item changed today. */
    private static double vote(int rank) {
        return (ExpertSearch.RANK_OFFSET + 1.0) / (ExpertSearch.RANK_OFFSET + rank);
    }

    private static double score(Candidate candidate) {
        return candidate.expert(Set.of()).score();
    }

    private static Candidate candidate(String id) {
        return new Candidate(new Identities.Identity(id, id, true, true, null));
    }

    private static Evidence item(String title) {
        return new Evidence("document", title, title, 1, Instant.EPOCH, JSON.createObjectNode());
    }
}
