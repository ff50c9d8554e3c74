package dev.corpus.events;

import dev.corpus.events.Sides.Mention;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the candidates ask of each token of one sentence, worked out once: the lexicon's hit there (looked up
 * when first asked: the candidates, compound nouns and light verbs' objects ask of the same tokens again), and
 * whether an actor's mention holds it.
 */
final class SentenceHits {
    private final VerbLexicon lexicon;
    private final VerbLexicon.Starts starts;
    private final int start;
    private final int end;
    private final VerbLexicon.@Nullable Hit[] hits;
    private final boolean[] known;
    private final boolean[] named;

    SentenceHits(VerbLexicon lexicon, VerbLexicon.Starts starts, int start, int end, List<Mention> mentions) {
        this.lexicon = lexicon;
        this.starts = starts;
        this.start = start;
        this.end = end;
        this.hits = new VerbLexicon.Hit[end - start];
        this.known = new boolean[end - start];
        this.named = new boolean[end - start];
        for (Mention m : mentions) {
            for (int k = Math.max(m.from(), start); k < Math.min(m.to(), end); k++) {
                named[k - start] = true;
            }
        }
    }

    /** Inside one of the sentence's mentions. */
    boolean named(int i) {
        return i >= start && i < end && named[i - start];
    }

    /** False where no verb form starts, and {@link #at} is null. */
    boolean mayHit(int i) {
        return starts.mayStart(i);
    }

    VerbLexicon.@Nullable Hit at(int i) {
        if (!known[i - start]) {
            hits[i - start] = lexicon.match(i, end, starts);
            known[i - start] = true;
        }
        return hits[i - start];
    }
}
