package dev.corpus.events;

import dev.corpus.actors.Span;
import dev.corpus.events.Sides.Mention;
import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sentence being read, with what its candidates, sides and events ask of it: its block's tokens, their
 * word kinds and lexicon hits, which are quoted, the sentence's mentions and the actors seen before it. Its
 * clauses, text and dates are worked out when first asked and kept: most sentences with an event word give no
 * event, and date search was a large share of the stage's time. One per sentence, read on one thread.
 */
final class EventSentence {
    private final Block block;
    private final List<Token> tokens;
    private final int start;
    private final int end;
    private final List<Mention> mentions;
    private final SeenActors seen;
    private final Sides sides;
    private final SentenceHits hits;
    private final CodePoints cp;
    private final VerbLexicon.Starts words;
    private final boolean[] quoted;
    private final ArticleDay day;
    private @Nullable Clauses clauses;
    private @Nullable String evidence;
    private @Nullable Span span;
    private @Nullable List<EventDates.Found> dates;

    /**
     * @param start the sentence's first token in its block
     * @param end the token after its last
     * @param quoted of each token of the block, whether it is inside quotation marks
     */
    EventSentence(
            Block block,
            List<Token> tokens,
            int start,
            int end,
            List<Mention> mentions,
            SeenActors seen,
            Sides sides,
            SentenceHits hits,
            CodePoints cp,
            VerbLexicon.Starts words,
            boolean[] quoted,
            ArticleDay day) {
        this.block = block;
        this.tokens = tokens;
        this.start = start;
        this.end = end;
        this.mentions = mentions;
        this.seen = seen;
        this.sides = sides;
        this.hits = hits;
        this.cp = cp;
        this.words = words;
        this.quoted = quoted;
        this.day = day;
    }

    Block block() {
        return block;
    }

    List<Token> tokens() {
        return tokens;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    List<Mention> mentions() {
        return mentions;
    }

    SeenActors seen() {
        return seen;
    }

    Sides sides() {
        return sides;
    }

    SentenceHits hits() {
        return hits;
    }

    CodePoints cp() {
        return cp;
    }

    /** The block's words as the lexicon numbered them. */
    VerbLexicon.Starts words() {
        return words;
    }

    /** Inside quotation marks (the marks included). */
    boolean quoted(int k) {
        return quoted[k];
    }

    /** The kinds of token {@code k}'s word ({@link Clauses#kinds} and {@link EventWords#kinds}); none outside the block. */
    int kind(int k) {
        return k < 0 || k >= tokens.size() ? 0 : words.kinds(k);
    }

    /** Token {@code k}'s word in lower case; "" outside the block. */
    String lower(int k) {
        return k < 0 || k >= tokens.size() ? "" : tokens.get(k).lower();
    }

    Clauses clauses() {
        if (clauses == null) {
            clauses = new Clauses(tokens, words, start, end);
        }
        return clauses;
    }

    /** Where the sentence starts in its block's text. */
    int charStart() {
        return tokens.get(start).start();
    }

    /** The sentence's text. */
    String evidence() {
        if (evidence == null) {
            evidence = block.text().substring(charStart(), tokens.get(end - 1).end());
        }
        return evidence;
    }

    /** The sentence's code point span in the source, which each of its events gives. */
    Span span() {
        if (span == null) {
            span = new Span(
                    cp.of(block.offsets().source(tokens.get(start).start())),
                    cp.of(block.offsets().source(tokens.get(end - 1).end() - 1) + 1));
        }
        return span;
    }

    /** The dates of the sentence's text, in char offsets of it. */
    List<EventDates.Found> dates() {
        if (dates == null) {
            dates = EventDates.find(evidence(), day.get());
        }
        return dates;
    }
}
