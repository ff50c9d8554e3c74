package dev.corpus.clean;

import dev.corpus.nlp.DateParser;
import dev.corpus.util.Resources;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Blocks after which a page's own article text is over: comment sections, tag lists, comment headers. */
final class EndMarkers {
    private static final Set<String> END_REASONS = Set.of("comments", "end of article");
    /** "Milan on September 12, 2018 at 4:47 pm said:", "Gary M says:" — a comment's header. */
    private static final Pattern COMMENT_HEADER = Pattern.compile("(?i).{1,80}\\b(?:said|says|wrote|writes):$");
    /** The verbs of {@link #COMMENT_HEADER}. */
    private static final List<String> COMMENT_VERBS = List.of("said", "says", "wrote", "writes");
    /** "Posted in Open thread | Permalink | 10 Comments". */
    private static final Pattern COMMENT_COUNT =
            Pattern.compile("(?i)(?:^|\\|\\s?)\\d{1,6}\\s(?:comments?|responses?|replies)\\b");

    /** Phrases that open a comment section for certain (a bare "Comments" may be a counter link). */
    private static final Set<String> COMMENT_OPENERS = Resources.lines("/dev/corpus/clean/comment-openers.txt").stream()
            .map(Boilerplate::key)
            .collect(Collectors.toUnmodifiableSet());

    /** {@link #COMMENT_OPENERS} by their keys' hashes, which the cleaner has for every block. */
    private static final PhraseTable OPENERS_BY_HASH = PhraseTable.ofSet(COMMENT_OPENERS);

    private static final int LONGEST_OPENER =
            COMMENT_OPENERS.stream().mapToInt(String::length).max().orElse(0);

    private EndMarkers() {}

    /**
     * A marker after which nothing is the article's, wherever the best-scoring region would lie: a comment
     * section's opener or a comment's header. Comment threads can outweigh a short article.
     *
     * @param key the block's {@link Boilerplate#key}, computed once by the cleaner, with its {@link
     *     CorpusProfile#hash}
     */
    static boolean isCommentSection(String text, String key, long keyHash) {
        if (text.length() > 200) {
            return false;
        }
        // a key longer than every opener is none of them, and is not hashed for the look-up
        return (key.length() <= LONGEST_OPENER && OPENERS_BY_HASH.contains(key, keyHash))
                || commentHeader(text)
                || (text.contains("|") && COMMENT_COUNT.matcher(text).find());
    }

    /** A comment's header with a date; the header pattern is tried only on a line that ends as one does. */
    static boolean commentHeader(String text) {
        return text.endsWith(":")
                && saidAtEnd(text)
                && COMMENT_HEADER.matcher(text).matches()
                && DateParser.find(text).isPresent();
    }

    static boolean isEnd(String text, @Nullable String clutterReason) {
        if (clutterReason != null && END_REASONS.contains(clutterReason)) {
            return true;
        }
        if (text.length() > 200) {
            return false;
        }
        if (commentHeader(text)) {
            return true;
        }
        return text.contains("|") && COMMENT_COUNT.matcher(text).find();
    }

    /**
     * Whether the text ends with one of {@link #COMMENT_HEADER}'s verbs and the colon, in any case: most lines
     * that end with a colon ("Related:", "Share this:") do not, and need no match of the pattern. A looser
     * test than the pattern's (its case-insensitivity is ASCII's), so it turns away only lines it would.
     */
    private static boolean saidAtEnd(String text) {
        for (String verb : COMMENT_VERBS) {
            int from = text.length() - 1 - verb.length();
            if (from >= 0 && text.regionMatches(true, from, verb, 0, verb.length())) {
                return true;
            }
        }
        return false;
    }
}
