package org.praxis.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, prepared for ranking. Questions ("what methods are there for …") lose their
 * question words, which carry no topic; quoted phrases are left exactly as typed. Any word may match,
 * also when some words are required ({@code +word}) or excluded ({@code -word}). The remaining
 * words give the pairs of neighbouring words whose closeness in a document raises its rank.
 */
final class QueryText {

    /** Question and auxiliary words, on top of the analyzer's English stop words. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "why", "which", "where", "when", "who",
            "whom", "whose", "does", "do", "did", "can", "could", "should", "would", "must", "been", "being", "has",
            "have", "had", "any", "some", "there", "is", "are", "was", "were", "be");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "if",
            "in", "into", "it", "of", "on", "or", "such", "that", "the", "their", "then", "these", "they",
            "this", "to", "will", "with", "than", "from", "about");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(-\\p{L}+)+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}-]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern OPERATOR = Pattern.compile("(^|\\s)[+-][\\p{L}\\p{N}]");
    private static final int MAX_WORD_PAIRS = 16;
    /**
     * Word pairs are evidence for the short queries people type (Metzler and Croft, "A Markov random field
     * model for term dependencies", SIGIR 2005: gains on short queries); a longer query is a pasted
     * paragraph whose pairs are arbitrary (on CISI, whose queries average 62 words, they cost MAP; ADR 13).
     */
    static final int MAX_WORDS_FOR_PAIRS = 12;
    static final int MIN_SPLIT_LENGTH = 4;
    static final int MAX_SPLIT_LENGTH = 20;

    private final String text;

    QueryText(String typed) {
        this(typed, true);
    }

    /** The text as typed, with its question words dropped or (for measuring what dropping gives) kept. */
    QueryText(String typed, boolean dropQuestionWords) {
        this.text = dropQuestionWords ? withoutQuestionWords(typed) : typed.strip().replaceAll("\\s+", " ");
    }

    /** The query for the search engine: blank when the person only typed question words. */
    String text() {
        return text;
    }

    /** The words outside quotes: quoted phrases must match as written, never loosely. */
    String unquoted() {
        return QUOTED.matcher(text).replaceAll(" ").trim().replaceAll("\\s+", " ");
    }

    /**
     * Whether the text uses the simple query syntax: a quoted phrase, a required ({@code +word}) or excluded
     * ({@code -word}) word, an explicit or ({@code |}) or a prefix ({@code word*}). A dash standing alone,
     * as in "slabs - papers", is punctuation.
     */
    boolean hasSyntax() {
        return text.contains("\"") || text.contains("*") || text.contains("|") || OPERATOR.matcher(text).find();
    }

    /**
     * Neighbouring topic words, outside quotes and exclusions ("heat transfer", "transfer slabs"); none for a
     * query of more than {@value #MAX_WORDS_FOR_PAIRS} topic words. A word with digits is one word, never
     * split into pieces that could pair up elsewhere ("2024-03-16" must not pair "2024 03").
     */
    List<String> wordPairs() {
        List<String> words = new ArrayList<>();
        for (String token : QUOTED.matcher(text).replaceAll(" ").split("\\s+")) {
            if (token.startsWith("-")) {
                continue;
            }
            if (token.chars().anyMatch(Character::isDigit)) {
                words.add(EDGE_PUNCTUATION.matcher(token).replaceAll("").toLowerCase(Locale.ROOT));
                continue;
            }
            Matcher word = WORD.matcher(token.toLowerCase(Locale.ROOT));
            while (word.find()) {
                if (!STOP_WORDS.contains(word.group())) {
                    words.add(word.group());
                }
            }
        }
        List<String> pairs = new ArrayList<>();
        if (words.size() > MAX_WORDS_FOR_PAIRS) {
            return pairs;
        }
        for (int i = 1; i < words.size() && pairs.size() < MAX_WORD_PAIRS; i++) {
            pairs.add(words.get(i - 1) + " " + words.get(i));
        }
        return pairs;
    }

    /**
     * The words outside quotes that may match with a typo: plain words of letters. A word with digits (an
     * address, a version, a ticket or part number, a year or a date) is an identifier, and a typo away is
     * another one ({@code INC-20418} is not {@code INC-20417}); a joined word ({@code e-mail}) must not
     * match through one of its letters. Excluded words ({@code -word}) are left out too.
     */
    String typoTolerant() {
        StringBuilder words = new StringBuilder();
        for (String token : unquoted().split(" ")) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (LETTERS.matcher(word).matches()) {
                words.append(word).append(' ');
            }
        }
        return words.toString().trim();
    }

    /**
     * Neighbouring words written as one ("on call" → "oncall", "wi fi" → "wifi"), outside quotes, so that the
     * spaced form of a word finds its joined and hyphenated forms; none for a query of more than
     * {@value #MAX_WORDS_FOR_PAIRS} words. Only words of letters are joined: numbers stay apart.
     */
    List<String> joinedPairs() {
        List<String> words = new ArrayList<>();
        for (String token : unquoted().split(" ")) {
            if (!token.startsWith("-") && !token.isEmpty()) {
                words.add(token.toLowerCase(Locale.ROOT));
            }
        }
        List<String> joined = new ArrayList<>();
        if (words.size() > MAX_WORDS_FOR_PAIRS) {
            return joined;
        }
        for (int i = 1; i < words.size(); i++) {
            if (LETTERS.matcher(words.get(i - 1)).matches() && LETTERS.matcher(words.get(i)).matches()) {
                joined.add(words.get(i - 1) + words.get(i));
            }
        }
        return joined;
    }

    /**
     * Hyphenated words of letters written spaced ("on-call" → "on call", "Wi-Fi" → "wi fi"), outside quotes and
     * exclusions: the same words, so they may match as a phrase whatever else the query finds.
     */
    List<String> hyphenatedSpaced() {
        List<String> spaced = new ArrayList<>();
        for (String token : unquoted().split(" ")) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
            if (!token.startsWith("-") && HYPHENATED.matcher(word).matches()) {
                spaced.add(word.replace('-', ' '));
            }
        }
        return spaced;
    }

    /**
     * Each joined word split in two, as it may be written spaced ("oncall" → "on call", "email" → "e mail"):
     * every split of each word of {@value #MIN_SPLIT_LENGTH} to {@value #MAX_SPLIT_LENGTH} letters outside quotes
     * whose second part has at least two letters, for at most {@value #MAX_WORDS_FOR_PAIRS} words. Without a
     * dictionary most splits are no words at all (they match nothing); the rest can be a false friend ("notable"
     * → "not able"), which is why ranking tries them only when the words themselves find few items.
     */
    List<String> spacedForms() {
        List<String> words = List.of(typoTolerant().toLowerCase(Locale.ROOT).split(" "));
        List<String> spaced = new ArrayList<>();
        if (words.size() > MAX_WORDS_FOR_PAIRS) {
            return spaced;
        }
        for (String word : words) {
            if (word.length() >= MIN_SPLIT_LENGTH && word.length() <= MAX_SPLIT_LENGTH) {
                for (int at = 1; at <= word.length() - 2; at++) {
                    spaced.add(word.substring(0, at) + " " + word.substring(at));
                }
            }
        }
        return spaced;
    }

    private static String withoutQuestionWords(String typed) {
        StringBuilder kept = new StringBuilder();
        Matcher quoted = QUOTED.matcher(typed);
        int from = 0;
        while (quoted.find()) {
            kept.append(dropQuestionWords(typed.substring(from, quoted.start()))).append(' ').append(quoted.group());
            from = quoted.end();
        }
        kept.append(dropQuestionWords(typed.substring(from)));
        return kept.toString().trim().replaceAll("\\s+", " ");
    }

    private static String dropQuestionWords(String unquoted) {
        StringBuilder kept = new StringBuilder();
        for (String token : unquoted.split("\\s+")) {
            if (!QUESTION_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                kept.append(token).append(' ');
            }
        }
        return kept.toString();
    }
}
