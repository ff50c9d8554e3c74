package dev.corpus.quotes;

import dev.corpus.actors.Actor;
import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Words;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what is said in an article's body: direct quotes (in quotation marks, also split by their
 * attribution or running over several paragraphs) and reported speech ("X said that ...", "..., X argues",
 * "according to X, ..."), each with its speaker. Stateless and thread-safe.
 */
public final class QuoteExtractor {
    /** How far (code points) a speaker carries over to a later "he" or "she": about two paragraphs. */
    private static final int CONTINUITY = 1500;

    private final CueLexicon cues = CueLexicon.DEFAULT;

    /**
     * @param body the article's body blocks, in order
     * @param actors the article's actors, whose mention spans name the speakers
     * @param source the decoded source text the blocks point into
     */
    public List<Quote> extract(List<Block> body, List<Actor> actors, String source) {
        return extract(body, actors, source, Deadline.NONE);
    }

    /** As {@link #extract(List, List, String)}; throws {@link Deadline.Exceeded} once the deadline passes. */
    public List<Quote> extract(List<Block> body, List<Actor> actors, String source, Deadline deadline) {
        CodePoints codePoints = new CodePoints(source);
        SpeakerFinder speakers = new SpeakerFinder(cues, new Speakers(actors));
        List<Paragraph> paragraphs = new ArrayList<>(body.size());
        for (Block b : body) {
            deadline.check();
            paragraphs.add(new Paragraph(b, codePoints));
        }
        List<Candidate> found = new ArrayList<>(new DirectQuotes(paragraphs, speakers, cues, deadline).find());
        found.addAll(new ReportedSpeech(paragraphs, speakers, cues, found, deadline).find());
        found.sort(Comparator.comparingInt((Candidate c) -> c.quote().span().start())
                .thenComparingInt(c -> c.quote().span().end()));
        return continueSpeakers(found);
    }

    /**
     * "he" and "she" in an attribution usually mean whoever spoke last ("Trump said … He added …"), not the
     * person last mentioned, who is often an object of the sentence before.
     */
    private static List<Quote> continueSpeakers(List<Candidate> found) {
        List<Quote> out = new ArrayList<>(found.size());
        String lastPerson = null;
        int lastEnd = Integer.MIN_VALUE;
        for (Candidate c : found) {
            Quote q = c.quote();
            SpeakerFinder.Named who = c.speaker();
            if (who != null && who.pronoun() && lastPerson != null && q.span().start() - lastEnd <= CONTINUITY) {
                q = new Quote(q.text(), q.type(), lastPerson, q.cue(), q.span(), q.speakerSpan(), q.cueSpan());
            }
            if (who != null && who.person() && q.speaker() != null) {
                lastPerson = q.speaker();
                lastEnd = q.span().end();
            }
            out.add(q);
        }
        return List.copyOf(out);
    }

    static int words(String text) {
        return Words.of(text).size();
    }
}
