package org.praxis.app.knowledge;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.command.lesson.AdaptationHandler;
import org.praxis.command.lesson.ProposalApprovalHandler;
import org.praxis.command.practice.KnownPractices;
import org.praxis.platform.config.PraxisProperties;
import org.praxis.platform.processing.DeadLetterParking;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.praxis.query.history.History;
import org.praxis.query.lesson.FollowUpsDue;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.lesson.LessonProjection;
import org.praxis.query.lesson.LessonQueries;
import org.praxis.query.person.PeopleQueries;
import org.praxis.query.person.PersonEntry;
import org.praxis.query.person.PersonProjection;
import org.praxis.query.lesson.Recurrences;
import org.praxis.query.practice.PracticeEntry;
import org.praxis.query.practice.PracticeProjection;
import org.praxis.query.practice.PracticeQueries;
import org.praxis.query.practice.ReviewQueue;
import org.praxis.query.practice.VerificationsDue;
import org.praxis.query.practice.PracticeSearch;
import org.praxis.query.semantic.SemanticRanking;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires practices, lessons and people: their indexes, projections and queries, and history. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    /** Practices live for years and collect endorsements: load them from a snapshot ({@code praxis.practices.snapshot-every}). */
    @Bean
    SnapshotTriggerDefinition practiceSnapshotTrigger(Snapshotter snapshotter, PraxisProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.practices().snapshotEvery());
    }

    /** Which practices exist, for a deprecation's successor (the {@code Practice} aggregate asks). */
    @Bean
    KnownPractices knownPractices(EventStore events) {
        return KnownPractices.in(events);
    }

    /** Handles {@code AdaptPracticeCommand}: a practice drafted or revised and linked to its lesson, all or nothing. */
    @Bean
    AdaptationHandler adaptationHandler(CommandGateway commands) {
        return new AdaptationHandler(commands);
    }

    /** Handles {@code ApproveProposalCommand}: a proposal approved and linked to the lessons that made it, all or nothing. */
    @Bean
    ProposalApprovalHandler proposalApprovalHandler(CommandGateway commands) {
        return new ProposalApprovalHandler(commands);
    }

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<PracticeEntry> practiceIndex(ElasticsearchClient client, IndexNames names,
                                        TextAnalysis analysis, DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.PRACTICES, PracticeEntry.class,
                "/org/praxis/query/practice/practices-index.json", parking.forGroup(PracticeProjection.PROCESSING_GROUP));
    }

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<LessonEntry> lessonIndex(ElasticsearchClient client, IndexNames names,
                                        TextAnalysis analysis, DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.LESSONS, LessonEntry.class,
                "/org/praxis/query/lesson/lessons-index.json", parking.forGroup(LessonProjection.PROCESSING_GROUP));
    }

    @Bean(initMethod = "ensureExists")
    ProjectionIndex<PersonEntry> personIndex(ElasticsearchClient client, IndexNames names,
                                        TextAnalysis analysis, DeadLetterParking parking) {
        return new ProjectionIndex<>(client, names, analysis, IndexNames.PEOPLE, PersonEntry.class,
                "/org/praxis/query/person/people-index.json", parking.forGroup(PersonProjection.PROCESSING_GROUP));
    }

    @Bean
    PracticeProjection practiceProjection(ProjectionIndex<PracticeEntry> index) {
        return new PracticeProjection(index);
    }

    @Bean
    LessonProjection lessonProjection(ProjectionIndex<LessonEntry> index) {
        return new LessonProjection(index);
    }

    @Bean
    PersonProjection personProjection(ProjectionIndex<PersonEntry> index) {
        return new PersonProjection(index);
    }

    @Bean
    PracticeQueries practiceQueries(EventStore events) {
        return new PracticeQueries(events);
    }

    @Bean
    FollowUpsDue followUpsDue(ProjectionIndex<LessonEntry> index) {
        return new FollowUpsDue(index);
    }

    @Bean
    Recurrences recurrences(ProjectionIndex<LessonEntry> index) {
        return new Recurrences(index);
    }

    @Bean
    VerificationsDue verificationsDue(ProjectionIndex<PracticeEntry> index) {
        return new VerificationsDue(index);
    }

    @Bean
    ReviewQueue reviewQueue(ProjectionIndex<PracticeEntry> index, PracticeQueries practices) {
        return new ReviewQueue(index, practices);
    }

    @Bean
    PracticeSearch practiceSearch(ElasticsearchClient client, IndexNames names, Clock clock,
                                  ObjectProvider<SemanticRanking> semantic) {
        return new PracticeSearch(client, names, clock, semantic.getIfAvailable());
    }

    @Bean
    LessonQueries lessonQueries(EventStore events) {
        return new LessonQueries(events);
    }

    @Bean
    PeopleQueries peopleQueries(EventStore events, ElasticsearchClient client, IndexNames names) {
        return new PeopleQueries(events, client, names);
    }

    @Bean
    History history(EventStore events) {
        return new History(events);
    }
}
