package org.praxis.query.lesson;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.praxis.query.ProjectionIndex;

import java.time.LocalDate;
import java.util.List;

/** Lessons whose follow-up day has come and whose outcome nobody has recorded yet, read from the lessons index. */
public class FollowUpsDue {

    /** More follow-ups due at once than this would be a backlog no reminder round could carry. */
    static final int MAX_LESSONS = 1_000;

    private final ProjectionIndex<LessonEntry> index;

    public FollowUpsDue(ProjectionIndex<LessonEntry> index) {
        this.index = index;
    }

    /** Lessons with a follow-up in [{@code since}, {@code day}] and no outcome. */
    public List<LessonEntry> dueBetween(LocalDate since, LocalDate day) {
        Query due = Query.of(q -> q.range(r -> r.date(d -> d.field("followUpOn").gte(since.toString())
                .lte(day.toString()))));
        Query outcome = Query.of(q -> q.exists(e -> e.field("outcome.held")));
        return index.where(Query.of(q -> q.bool(b -> b.filter(due).mustNot(outcome))), MAX_LESSONS);
    }
}
