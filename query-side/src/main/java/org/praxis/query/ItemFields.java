package org.praxis.query;

/**
 * The names of the index fields that queries filter, rank, aggregate or read on: one place, so that no query
 * repeats a field name as a string of its own. Each is a property of an index mapping
 * ({@code *-index.json}) and of the JSON of the entry record stored in it ({@code DocumentEntry},
 * {@code PracticeEntry}, {@code LessonEntry}, {@code PersonEntry}, {@code GapEntry}); {@code IndexFieldsTest} checks both, so a
 * renamed record component fails the build instead of silently matching nothing. Fields of their own:
 * {@link SameContent#FIELD}, {@code TextLanguages.FIELD}.
 */
public final class ItemFields {

    // every item: documents, practices, lessons
    /** The title a person gave (text, with {@code .exact}). */
    public static final String TITLE = "title";
    /** Who may see the item: usernames, {@code group:} names and {@code everyone} (keyword). */
    public static final String READERS = "readers";
    /** When the item last changed (date). */
    public static final String UPDATED_AT = "updatedAt";
    /** Every word of the item, copied there by the mapping: read by the did-you-mean suggester. */
    public static final String CONTENT = "content";
    /** Lessons and practices: their stage; documents: how far extraction got (keyword). */
    public static final String STATUS = "status";

    // documents and practices
    /** Free labels (keyword). */
    public static final String TAGS = "tags";
    /** People who changed the item after it was created: a practice's revisers, a document's uploaders of later versions (keyword). */
    public static final String REVISERS = "revisers";

    // documents and lessons
    /** The project the item belongs to (keyword). */
    public static final String PROJECT = "project";

    // documents
    /** The title found in the file's metadata. */
    public static final String EXTRACTED_TITLE = "extractedTitle";
    public static final String FILE_NAME = "fileName";
    /** The extracted text of the current version. */
    public static final String TEXT = "text";
    /** Who uploaded the document (keyword username). */
    public static final String OWNER = "owner";
    /** The names the file itself gives as its authors, as written (keyword). */
    public static final String AUTHORS = "authors";
    public static final String MEDIA_TYPE = "mediaType";
    /** Archived documents are kept but not found (boolean). */
    public static final String ARCHIVED = "archived";
    /** The SHA-256 of every version's bytes (keyword). */
    public static final String BLOBS = "blobs";
    /** What extraction could not read (keyword codes). */
    public static final String WARNINGS = "warnings";

    // practices and lessons
    /** Who wrote the practice or the lesson (keyword username). */
    public static final String AUTHOR = "author";

    // practices
    public static final String BODY = "body";
    /** Who endorsed the practice (keyword usernames). */
    public static final String ENDORSERS = "endorsers";

    // lessons
    public static final String WHAT_HAPPENED = "whatHappened";
    /** The insights, a nested list of {author, text, at}. */
    public static final String INSIGHTS = "insights";
    public static final String INSIGHTS_TEXT = INSIGHTS + ".text";
    /** Who gave insights on the lesson (keyword usernames). */
    public static final String INSIGHT_AUTHORS = "insightAuthors";

    // people
    /** The skills a person declared (keyword). */
    public static final String SKILLS = "skills";

    // knowledge gaps
    /** How often a search found nothing for the gap's query (integer). */
    public static final String ASKED_TIMES = "askedTimes";
    public static final String LAST_ASKED_AT = "lastAskedAt";

    private ItemFields() {
    }
}
