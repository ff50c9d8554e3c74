package dev.corpus.quotes;

import dev.corpus.actors.Actor;
import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Tokenized;
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
        return extract(body, actors, source, new Tokenized.Cache(), deadline);
    }

    /** As {@link #extract(List, List, String, Deadline)}, with the document's tokens. */
    public List<Quote> extract(
            List<Block> body, List<Actor> actors, String source, Tokenized.Cache tokens, Deadline deadline) {
        CodePoints codePoints = tokens.codePoints(source);
        List<Paragraph> paragraphs = new ArrayList<>(body.size());
        for (Block b : body) {
            deadline.check();
            paragraphs.add(new Paragraph(b, codePoints, tokens.of(b.text())));
        }
        Speakers mentions = new Speakers(actors);
        Clause clause = new Clause(cues);
        SpeakerFinder speakers = new SpeakerFinder(
                cues, mentions, new Antecedents(paragraphs, mentions, Genders.DEFAULT, clause), clause);
        List<Candidate> found = new ArrayList<>(new DirectQuotes(paragraphs, speakers, cues, deadline).find());
        found.addAll(new ReportedSpeech(paragraphs, speakers, cues, found, deadline).find());
        found.sort(Comparator.comparingInt((Candidate c) -> c.quote().span().start())
                .thenComparingInt(c -> c.quote().span().end()));
        return found.stream().map(Candidate::quote).toList();
    }

    /** How many chars of a text's opening are counted first for every word wanted: more than most words need. */
    private static final int CHARS_PER_WORD = 8;

    /**
     * {@link Words#count} of the text, or {@code cap} when it has that many or more: the callers compare it with
     * a few words, and a quote runs to dozens. The words of the text's opening, cut at a space (which is in no
     * word), are words of the text: when they are enough the rest need not be read.
     */
    static int words(String text, int cap) {
        int cut = text.indexOf(' ', cap * CHARS_PER_WORD);
        if (cut > 0 && Words.count(text.substring(0, cut)) >= cap) {
            return cap;
        }
        return Math.min(Words.count(text), cap);
    }
}
