package org.praxis.query.expertise;

import org.praxis.query.person.PersonEntry;
import org.praxis.query.search.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One person's evidence while expert search collects it, and the score it adds up to (see {@link ExpertSearch}). */
final class Candidate {

    private static final int MAX_EVIDENCE_SHOWN = 5;

    private final Identities.Identity person;
    private double score;
    private double bestUpload;
    private final List<Vote> votes = new ArrayList<>();

    Candidate(Identities.Identity person) {
        this.person = person;
    }

    Identities.Identity person() {
        return person;
    }

    /**
     * Counts the person's part in an item whose vote is {@code vote} (in (0, 1], see {@link ExpertSearch}): the vote
     * times the part's weight; of uploads only the best counts.
     */
    void add(Evidence item, ExpertSearch.Role role, double vote) {
        double credit = vote * role.weight;
        if (role == ExpertSearch.Role.UPLOADED) {
            bestUpload = Math.max(bestUpload, credit);
        } else {
            score += credit;
        }
        votes.add(new Vote(item, role, credit));
    }

    /** The expert: score with the declared skills that name the topic, strongest evidence and explanation first. */
    Expert expert(Set<String> topicWords) {
        List<Vote> strongest = votes.stream().sorted(Comparator.comparingDouble(Vote::credit).reversed()).toList();
        List<String> reasons = new ArrayList<>(Vote.describe(strongest));
        double total = score + bestUpload;
        PersonEntry entry = person.entry();
        for (String skill : entry == null ? Set.<String>of() : entry.skills()) {
            if (topicWords.contains(skill) || topicWords.containsAll(ExpertSearch.words(skill))) {
                long endorsements = entry.endorsements().stream().filter(e -> e.skill().equals(skill)).count();
                total += ExpertSearch.SKILL_WEIGHT + ExpertSearch.SKILL_ENDORSEMENT_WEIGHT * endorsements;
                reasons.add("declared the skill '" + skill + "'" + (endorsements == 0 ? ""
                        : ", endorsed by " + endorsements + (endorsements == 1 ? " colleague" : " colleagues")));
            }
        }
        List<Expert.EvidenceItem> evidence = strongest.stream().limit(MAX_EVIDENCE_SHOWN)
                .map(vote -> new Expert.EvidenceItem(vote.item().type(), vote.item().id(), vote.item().title(),
                        vote.role().verb, vote.item().updatedAt()))
                .toList();
        return new Expert(new Expert.Person(person.id(), person.name(), person.account()), total, evidence,
                String.join("; ", reasons));
    }
}
