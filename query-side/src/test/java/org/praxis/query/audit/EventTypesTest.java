package org.praxis.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTest {

    @Test
    void everyEventTypeIsListedInWordsWithWhatItIsAbout() {
        assertThat(EventTypes.named("PracticeRevised")).hasValueSatisfying(type -> {
            assertThat(type.words()).isEqualTo("Practice revised");
            assertThat(type.about()).isEqualTo(EventTypes.About.PRACTICE);
        });
        assertThat(EventTypes.named("CommentPosted").orElseThrow().about()).isEqualTo(EventTypes.About.DISCUSSION);
        assertThat(EventTypes.named("PersonAccountChanged").orElseThrow().words()).isEqualTo("Person account changed");
        assertThat(EventTypes.all()).extracting(EventTypes.EventType::name)
                .contains("DocumentUploaded", "FailureRecorded", "KnowledgeGapRouted", "ItemWatched")
                .doesNotHaveDuplicates();
        assertThat(EventTypes.named("NoSuchEvent")).isEmpty();
    }
}
