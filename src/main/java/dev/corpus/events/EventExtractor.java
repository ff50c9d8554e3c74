package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Gazetteer;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Sides.Mention;
import dev.corpus.load.Block;
import dev.corpus.load.OffsetMap;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds events in the body, sentence by sentence. Each event word of the CAMEO lexicon is a candidate; the
 * sentence's event is the first candidate of its main clause that has actors (verbs before event nouns,
 * main clauses before subordinate ones and trailing attributions), plus any possessive event noun ("X's
 * visit to Y"). A statement with a reported clause gives the reported event ("said it would not accept" is
 * the speaker's rejection, "said that Y must" a demand of Y). Words inside quotation marks are not read.
 * Stateless and thread-safe.
 *
 * <p>This class walks the blocks and sentences and picks each sentence's events; {@link Candidates} finds the
 * event words, {@link CandidateEvents} their sides, {@link Statements} what a statement reports, and
 * {@link EventMaker} the event's mode, code, date and place.
 */
public final class EventExtractor {
    private final VerbLexicon lexicon = VerbLexicon.DEFAULT;
    /** Where the countries of actors' names are looked up: the run's, with the user's entries. */
    private final Gazetteer gazetteer;
    /**
     * Whether sentences that cannot give an event are passed over ({@link #mayGiveEvents}) and only the words of
     * those read are looked up; false only in tests.
     */
    private final boolean gated;

    /** With the built-in gazetteer. */
    public EventExtractor() {
        this(Gazetteer.builtIn());
    }

    public EventExtractor(Gazetteer gazetteer) {
        this(gazetteer, true);
    }

    /** With {@code gated} false, every sentence is read: the reference the gate is tested against. */
    EventExtractor(Gazetteer gazetteer, boolean gated) {
        this.gazetteer = gazetteer;
        this.gated = gated;
    }

    /**
     * @param body the article's body blocks, in order
     * @param actors the article's actors, whose spans mark the mentions
     * @param source the decoded source text the blocks point into
     * @param articleDate the article's date, against which relative dates are resolved
     */
    public List<Event> extract(List<Block> body, List<Actor> actors, String source, @Nullable ArticleDate articleDate) {
        return extract(body, actors, source, articleDate, Deadline.NONE);
    }

    /** As {@link #extract(List, List, String, ArticleDate)}; throws {@link Deadline.Exceeded} once it passes. */
    public List<Event> extract(
            List<Block> body, List<Actor> actors, String source, @Nullable ArticleDate articleDate, Deadline deadline) {
        return extract(body, actors, source, articleDate, new Tokenized.Cache(), deadline);
    }

    /** As {@link #extract(List, List, String, ArticleDate, Deadline)}, with the document's tokens. */
    public List<Event> extract(
            List<Block> body,
            List<Actor> actors,
            String source,
            @Nullable ArticleDate articleDate,
            Tokenized.Cache tokenized,
            Deadline deadline) {
        CodePoints cp = tokenized.codePoints(source);
        ArticleDay day = new ArticleDay(articleDate);
        DistinctEvents out = new DistinctEvents();
        SeenActors seen = new SeenActors();
        NameCountries names = new NameCountries(gazetteer);
        ActorSpans.Walk walk = new ActorSpans(actors).walk(0);
        for (Block block : body) {
            deadline.check();
            Tokenized tk = tokenized.of(block.text());
            List<Token> tokens = tk.tokens();
            List<Mention> mentions = mentions(block, tokens, cp, walk);
            boolean @Nullable [] quoted = null; // worked out for the block's first sentence read
            // made for the block's first sentence read: a block whose sentences are all passed over needs none
            VerbLexicon.@Nullable Starts starts = gated ? null : lexicon.starts(tokens);
            for (int[] s : tk.sentences()) {
                deadline.check();
                List<Mention> starting = startingIn(mentions, s);
                List<Mention> ms = within(starting, s[1]);
                boolean read = !gated || mayGiveEvents(ms, seen, tokens, s);
                if (read) {
                    if (starts == null) {
                        starts = lexicon.unnumbered(tokens);
                    }
                    starts.number(s[0], s[1]);
                }
                // a sentence without a whole verb form has no event word, and is spared the clause and side analysis
                if (read && starts.any(s[0], s[1])) {
                    if (quoted == null) {
                        quoted = Candidates.quoted(block.text(), tokens);
                    }
                    EventSentence sn = new EventSentence(
                            block,
                            tokens,
                            s[0],
                            s[1],
                            ms,
                            seen,
                            new Sides(tokens, ms, s[0], starts, names),
                            new SentenceHits(lexicon, starts, s[0], s[1], ms),
                            cp,
                            starts,
                            quoted,
                            day);
                    out.addAll(sentence(sn, Candidates.of(sn)));
                }
                for (Mention m : starting) {
                    seen.add(m.actor());
                }
            }
        }
        return out.toList();
    }

    /**
     * The events of one sentence, from its candidates best first: the first candidate that yields any (a
     * statement through {@link Statements}, any other word through {@link CandidateEvents}), possessive event
     * nouns, and later clauses that tell their own sides and date.
     */
    private static List<Event> sentence(EventSentence s, List<Candidate> cands) {
        if (cands.isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        Candidate main = null;
        for (Candidate c : cands) {
            List<Event> es =
                    c.hit().statement() && !c.noun() ? Statements.of(s, c, cands) : CandidateEvents.of(s, c, null);
            if (!es.isEmpty()) {
                out.addAll(es);
                main = c;
                break;
            }
        }
        for (Candidate c : cands) {
            if (c == main) {
                continue;
            }
            boolean possessive = c.noun()
                    && s.sides().possessor(c.at()) != null
                    && !s.lower(c.at()).endsWith("ing"); // "Algeria's leading activist"
            // another clause with its own named subject, object and date ("since X visited Y in 1986")
            boolean clause = main != null
                    && !c.noun()
                    && c.at() > main.at()
                    && !c.hit().statement()
                    && c.rank() < 6
                    && s.sides().subjectRightBefore(c.at())
                    && ownDate(s, c);
            if (possessive || clause) {
                out.addAll(CandidateEvents.of(s, c, null).stream()
                        .filter(e -> !clause || (e.source() != null && e.target() != null))
                        .toList());
            }
        }
        return out;
    }

    /**
     * Whether the sentence can give an event: every side is one of its mentions or, through a pronoun ("they",
     * "he"), an actor with a country seen before ({@link CandidateEvents}). A third of the sentences have neither,
     * and are passed over before their words are looked up.
     */
    private static boolean mayGiveEvents(List<Mention> ms, SeenActors seen, List<Token> tokens, int[] s) {
        if (!ms.isEmpty()) {
            return true;
        }
        if (!seen.anyWithCountry()) {
            return false; // no actor with a country seen yet: no pronoun stands for one, no pair was named
        }
        for (int k = s[0]; k < s[1]; k++) {
            if (EventWords.standIn(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A date expression after the word and before its clause ends: the clause tells its own time. */
    private static boolean ownDate(EventSentence s, Candidate c) {
        int from = s.tokens().get(c.at()).start() - s.charStart();
        int to = s.tokens()
                        .get(s.clauses().clauseEnd(c.at() + c.hit().length()) - 1)
                        .end()
                - s.charStart();
        return s.dates().stream().anyMatch(d -> d.start() >= from && d.end() <= to);
    }

    /** The mentions that also end by token {@code end}. */
    private static List<Mention> within(List<Mention> mentions, int end) {
        if (mentions.isEmpty()) {
            return List.of(); // most sentences
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.to() <= end) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The mentions that start in sentence {@code s} (mentions are in text order). */
    private static List<Mention> startingIn(List<Mention> mentions, int[] s) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).from() >= s[0]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int end = lo;
        while (end < mentions.size() && mentions.get(end).from() < s[1]) {
            end++;
        }
        return mentions.subList(lo, end);
    }

    /**
     * Token ranges of the actors' mentions in one block, from the actors' code point spans; {@code walk} is the
     * document's, moved on from block to block.
     */
    private static List<Mention> mentions(Block block, List<Token> tokens, CodePoints cp, ActorSpans.Walk walk) {
        if (tokens.isEmpty()
                || !walk.anyIn(
                        cp.of(block.offsets().source(tokens.get(0).start())),
                        cp.of(block.offsets()
                                .source(tokens.get(tokens.size() - 1).start())))) {
            return List.of(); // most blocks hold no mention
        }
        // each token's code point is worked out once, as the walk reaches it: a first pass into an array of them
        // read every token twice
        OffsetMap offsets = block.offsets();
        int n = tokens.size();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        int at = cp.of(offsets.source(tokens.get(0).start())); // token i's code point
        int unnamedBelow = Integer.MIN_VALUE; // most tokens lie between mentions: one compare passes them
        while (i < n) {
            if (at >= unnamedBelow) {
                ActorSpans.Entry hit = walk.at(at);
                if (hit != null) {
                    int end = hit.span().end();
                    int j = i + 1;
                    int next = 0;
                    while (j < n && (next = cp.of(offsets.source(tokens.get(j).start()))) < end) {
                        j++;
                    }
                    out.add(new Mention(i, j, hit.actor()));
                    i = j;
                    at = next; // token j's, when there is one
                    continue;
                }
                unnamedBelow = walk.nextNamed();
            }
            i++;
            if (i < n) {
                at = cp.of(offsets.source(tokens.get(i).start()));
            }
        }
        return out;
    }
}
