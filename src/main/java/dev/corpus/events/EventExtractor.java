package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Gazetteer;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Sides.Mention;
import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.util.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds events in the body, sentence by sentence. Each event word of the CAMEO lexicon is a candidate; the
 * sentence's event is the first candidate of its main clause that has actors (verbs before event nouns,
 * main clauses before subordinate ones and trailing attributions), plus any possessive event noun ("X's
 * visit to Y"). A statement with a reported clause gives the reported event ("said it would not accept" is
 * the speaker's rejection, "said that Y must" a demand of Y). Words inside quotation marks are not read.
 * Stateless and thread-safe.
 */
public final class EventExtractor {
    /** CAMEO's denial of responsibility: a statement whose reported deed did not happen. */
    private static final String DENIAL = "016";
    /** Criticism, rejection and protest (CAMEO roots): made to one party, about another. */
    private static final Set<String> COMPLAINING = Set.of("11", "12", "14");

    /** Curly quotation marks, which tell an opening one from a closing one ("\"" toggles). */
    private static final char OPEN_QUOTE = '\u201c';

    private static final char CLOSE_QUOTE = '\u201d';
    /** Tokens before an event word read for its mode. */
    private static final int MODE_WINDOW = 4;
    /** How far after an event noun its object may stand ("talks with X", "a visit to Y"). */
    private static final int NOUN_OBJECT_WINDOW = 3;
    /** How far after a light verb its event noun may stand ("mounted its long-threatened invasion"). */
    private static final int LIGHT_WINDOW = 6;

    private final VerbLexicon lexicon = VerbLexicon.DEFAULT;
    /** Where the countries of actors' names are looked up: the run's, with the user's entries. */
    private final Gazetteer gazetteer;

    /** With the built-in gazetteer. */
    public EventExtractor() {
        this(Gazetteer.builtIn());
    }

    public EventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private final CameoCodes codes = CameoCodes.DEFAULT;

    /**
     * An event word of a sentence and how likely it is to be the sentence's event (lower first); {@code head} is
     * the verb that carries its tense, negation and subject: the word itself, or the light verb whose object it
     * is ("held talks").
     */
    private record Candidate(int at, VerbLexicon.Hit hit, boolean noun, int rank, int head) {}

    /**
     * What the candidates ask of each token of one sentence, worked out once: the lexicon's hit there (looked up
     * when first asked: the candidates, compound nouns and light verbs' objects ask of the same tokens again),
     * and whether an actor's mention holds it.
     */
    private static final class Hits {
        private final VerbLexicon lexicon;
        private final VerbLexicon.Starts starts;
        private final int start;
        private final int end;
        private final VerbLexicon.@Nullable Hit[] hits;
        private final boolean[] known;
        private final boolean[] named;

        Hits(VerbLexicon lexicon, VerbLexicon.Starts starts, int start, int end, List<Mention> mentions) {
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

        /** The {@link Clauses#kinds} of token {@code i}'s word. */
        int kinds(int i) {
            return starts.kinds(i);
        }

        /** Inside one of the sentence's mentions. */
        boolean named(int i) {
            return i >= start && i < end && named[i - start];
        }

        VerbLexicon.@Nullable Hit at(int i) {
            if (!known[i - start]) {
                hits[i - start] = lexicon.match(i, end, starts);
                known[i - start] = true;
            }
            return hits[i - start];
        }
    }

    /**
     * One sentence being read. Its clauses, evidence and dates are worked out when first asked and kept in
     * {@code derived}: most sentences with an event word give no event, and date search was a large share of the
     * stage's time.
     */
    private record Sentence(
            Block block,
            List<Token> tokens,
            int start,
            int end,
            List<Mention> mentions,
            SeenActors seen,
            Sides sides,
            Hits hits,
            CodePoints cp,
            VerbLexicon.Starts words,
            ArticleDay day,
            Derived derived) {

        /** The kinds of token {@code k}'s word ({@link Clauses#kinds} and this class's); none outside the block. */
        int kind(int k) {
            return k < 0 || k >= tokens.size() ? 0 : words.kinds(k);
        }

        Clauses clauses() {
            if (derived.clauses == null) {
                derived.clauses = new Clauses(tokens, words, start, end);
            }
            return derived.clauses;
        }

        /** Where the sentence starts in its block's text. */
        int charStart() {
            return tokens.get(start).start();
        }

        /** The sentence's text. */
        String evidence() {
            if (derived.evidence == null) {
                derived.evidence =
                        block.text().substring(charStart(), tokens.get(end - 1).end());
            }
            return derived.evidence;
        }

        /** The dates of the sentence's text, in char offsets of it. */
        List<EventDates.Found> dates() {
            if (derived.dates == null) {
                derived.dates = EventDates.find(evidence(), day.get());
            }
            return derived.dates;
        }
    }

    /** What a {@link Sentence} has worked out so far; one per sentence, read on one thread. */
    private static final class Derived {
        private @Nullable Clauses clauses;
        private @Nullable String evidence;
        private @Nullable List<EventDates.Found> dates;
    }

    /**
     * The article's day, if its date has one: what relative dates are resolved against. Worked out once, when
     * the first sentence's dates are looked for.
     */
    private static final class ArticleDay {
        private final @Nullable ArticleDate date;
        private @Nullable LocalDate day;
        private boolean known;

        ArticleDay(@Nullable ArticleDate date) {
            this.date = date;
        }

        @Nullable
        LocalDate get() {
            if (!known) {
                day = EventDates.day(date);
                known = true;
            }
            return day;
        }
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
        Set<Event> out = new LinkedHashSet<>();
        SeenActors seen = new SeenActors();
        NameCountries names = new NameCountries(gazetteer);
        ActorSpans spans = new ActorSpans(actors);
        for (Block block : body) {
            deadline.check();
            String text = block.text();
            Tokenized tk = tokenized.of(text);
            List<Token> tokens = tk.tokens();
            int[] cps = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                cps[i] = cp.of(block.offsets().source(tokens.get(i).start()));
            }
            List<Mention> mentions = mentions(tokens, cps, spans);
            boolean[] quoted = quoted(tokens);
            VerbLexicon.Starts starts = lexicon.starts(tokens);
            for (int[] s : tk.sentences()) {
                deadline.check();
                List<Mention> starting = startingIn(mentions, s);
                if (!starts.any(s[0], s[1])) {
                    // no event word: most sentences, spared the clause and side analysis
                    for (Mention m : starting) {
                        seen.add(m.actor());
                    }
                    continue;
                }
                List<Mention> ms = within(starting, s[1]);
                Sentence sn = new Sentence(
                        block,
                        tokens,
                        s[0],
                        s[1],
                        ms,
                        seen,
                        new Sides(tokens, ms, s[0], names),
                        new Hits(lexicon, starts, s[0], s[1], ms),
                        cp,
                        starts,
                        day,
                        new Derived());
                List<Candidate> cands = candidates(sn, quoted);
                if (!cands.isEmpty()) {
                    out.addAll(sentence(sn, cands));
                }
                for (Mention m : starting) {
                    seen.add(m.actor());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The sentence's event words, best first. */
    private List<Candidate> candidates(Sentence s, boolean[] quoted) {
        List<Candidate> out = new ArrayList<>();
        int lightObject = -1;
        int lightHead = -1;
        for (int i = s.start(); i < s.end(); i++) {
            if (!plainWord(s, i, quoted)) {
                continue;
            }
            int kinds = s.hits().kinds(i);
            boolean framing = (kinds & Clauses.FRAMING) != 0;
            if (framing || (kinds & Clauses.LIGHT) != 0) {
                VerbLexicon.Hit own = framing ? null : s.hits().at(i);
                int object = own != null && own.pattern() ? -1 : eventObject(s, i, quoted);
                if (object >= 0) {
                    lightObject = object; // "held talks", "continued their strike": the noun is the event
                    lightHead = i;
                    continue;
                }
                if (framing) {
                    continue; // "decided to close": the closing is the event
                }
            }
            if ((kinds & Clauses.AGENT) != 0 && i != lightObject) {
                continue; // "Serb forces": an actor, not the verb "to force"
            }
            VerbLexicon.Hit hit = s.hits().at(i);
            if (hit == null) {
                continue;
            }
            int head = i == lightObject ? lightHead : i;
            boolean noun = head == i && noun(s, i);
            if (noun && i + 1 < s.end() && s.hits().at(i + 1) != null) {
                continue; // "a state visit": the compound's head is the last word
            }
            int rank = 0;
            if (s.clauses().subordinate(head)) {
                rank += 4;
            } else if (hit.code().startsWith("01") && s.clauses().attribution(i)) {
                rank += 6;
            }
            if (noun) {
                rank += 1;
            }
            out.add(new Candidate(i, hit, noun, rank, head));
            // a pattern's words are not events of their own ("eased emergency measures"), unless an actor
            // stands between ("charged X with murder in the 1995 shooting": X's murder is one)
            int from = i + hit.length();
            int to = i + hit.reach();
            boolean named = s.mentions().stream().anyMatch(m -> m.from() >= from && m.from() < to);
            i += (named ? hit.length() : hit.reach()) - 1;
        }
        out.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::head));
        return out;
    }

    /** Not quoted, not inside an actor's mention, not a capitalized word of a name or title ("Visit Britain"). */
    private static boolean plainWord(Sentence s, int i, boolean[] quoted) {
        if (quoted[i] || s.hits().named(i)) {
            return false;
        }
        return i == s.start() || !s.tokens().get(i).isCapitalized();
    }

    /**
     * The event noun a light verb takes as object, a few words after it ("declared a 30-day state of siege");
     * the last of adjacent event words ("a hunger strike"); -1 when a preposition, clause word or name comes
     * first.
     */
    private int eventObject(Sentence s, int verb, boolean[] quoted) {
        int found = -1;
        for (int k = verb + 1; k < Math.min(s.end(), verb + 1 + LIGHT_WINDOW); k++) {
            Token t = s.tokens().get(k);
            String w = lower(s.tokens(), k);
            if (!plainWord(s, k, quoted) || EventWords.LIGHT_STOPS.contains(w) || (!t.isWord() && !w.equals("-"))) {
                return found;
            }
            VerbLexicon.Hit hit = s.hits().at(k);
            if (hit != null) {
                found = k;
                k += hit.length() - 1;
            } else if (found >= 0) {
                return found;
            }
        }
        return found;
    }

    /**
     * An event noun rather than a verb: after a determiner ("a visit", "its attacks"), or after a determiner and
     * one modifier ("a state visit") unless it has a verb's past form or the modifier is an actor noun ("the
     * government expressed").
     */
    private static boolean noun(Sentence s, int i) {
        if ((s.kind(i - 1) & EventWords.DETERMINER) != 0) {
            return true;
        }
        List<Token> tokens = s.tokens();
        String mod = lower(tokens, i - 1);
        return i - 2 >= s.start()
                && (s.kind(i - 2) & EventWords.DETERMINER) != 0
                && !lower(tokens, i).endsWith("ed")
                && !mod.isEmpty()
                && Character.isLowerCase(tokens.get(i - 1).text().codePointAt(0))
                && tokens.get(i - 1).isWord()
                && !Clauses.agent(mod);
    }

    /** The events of one sentence: the first candidate that yields any, and possessive event nouns. */
    private List<Event> sentence(Sentence s, List<Candidate> cands) {
        List<Event> out = new ArrayList<>();
        Candidate main = null;
        for (Candidate c : cands) {
            List<Event> es = c.hit().code().startsWith("01") && !c.noun() ? statement(s, c, cands) : events(s, c, null);
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
                    && !lower(s.tokens(), c.at()).endsWith("ing"); // "Algeria's leading activist"
            // another clause with its own named subject, object and date ("since X visited Y in 1986")
            boolean clause = main != null
                    && !c.noun()
                    && c.at() > main.at()
                    && !c.hit().code().startsWith("01")
                    && c.rank() < 6
                    && s.sides().subjectRightBefore(c.at())
                    && ownDate(s, c);
            if (possessive || clause) {
                out.addAll(events(s, c, null).stream()
                        .filter(e -> !clause || (e.source() != null && e.target() != null))
                        .toList());
            }
        }
        return out;
    }

    /** A date expression after the word and before its clause ends: the clause tells its own time. */
    private static boolean ownDate(Sentence s, Candidate c) {
        int from = s.tokens().get(c.at()).start() - s.charStart();
        int to = s.tokens()
                        .get(s.clauses().clauseEnd(c.at() + c.hit().length()) - 1)
                        .end()
                - s.charStart();
        return s.dates().stream().anyMatch(d -> d.start() >= from && d.end() <= to);
    }

    /**
     * A statement verb and the clause it reports: "X said it would not accept" is X's rejection, "X said
     * that Y must return" X's demand of Y; a report about another actor's deed stays a statement to it.
     */
    private List<Event> statement(Sentence s, Candidate c, List<Candidate> cands) {
        List<Mention> speakers = s.sides().subjects(c.at());
        if (speakers.isEmpty() || c.hit().code().startsWith(DENIAL)) {
            return events(s, c, null); // "denied that it violated ...": the denial, not the deed
        }
        Mention speaker = speakers.get(speakers.size() - 1);
        int after = c.at() + c.hit().length();
        Candidate next = cands.stream()
                .filter(n -> n.at() > c.at() && n.rank() < 6 && !n.noun())
                .min(Comparator.comparingInt(Candidate::at))
                .orElse(null);
        Candidate object = cands.stream()
                .filter(n -> n.noun() && n.at() > after && n.at() <= after + 3 && n.rank() < 4)
                .findFirst()
                .orElse(null);
        if (object != null && !object.hit().code().startsWith("01")) {
            List<Event> announced = events(s, object, speaker); // "X announced a suspension of ..."
            if (!announced.isEmpty()) {
                return announced;
            }
        }
        int reportEnd = next == null ? s.end() : next.at();
        boolean pronoun = false;
        for (int k = after; k < reportEnd; k++) {
            int at = k;
            if (Clauses.obligation(lower(s.tokens(), k))) {
                Mention obliged = s.mentions().stream()
                        .filter(m -> m.from() >= after && m.to() <= at)
                        .reduce((a, b) -> b)
                        .orElse(null);
                if (obliged != null) {
                    return List.of(make(s, c, "100", speaker, obliged));
                }
            }
            pronoun |= EventWords.PRONOUNS.contains(lower(s.tokens(), k));
        }
        boolean named = s.mentions().stream().anyMatch(m -> m.from() >= after && m.to() <= reportEnd);
        if (next != null && !named && pronoun) {
            List<Event> reported = events(s, next, speaker);
            return reported.isEmpty() ? events(s, c, null) : reported;
        }
        if (next != null && named && !pronoun && s.sides().subjectRightBefore(next.head())) {
            // "officials said Peru had agreed to ...": the statement, and the reported deed of the actor named
            List<Event> reported = events(s, next, null);
            if (!reported.isEmpty()) {
                List<Event> both = new ArrayList<>(events(s, c, null));
                both.addAll(reported);
                return both;
            }
        }
        return events(s, c, null);
    }

    /**
     * The events of one event word with its sides; {@code speaker}, when given, is the source (the subject
     * of the statement that reports this clause).
     */
    private List<Event> events(Sentence s, Candidate c, @Nullable Mention speaker) {
        List<Token> tokens = s.tokens();
        int verb = c.head();
        int after = c.at() + c.hit().length();
        String code = c.hit().code();
        if (s.clauses().negated(verb)) {
            String root = code.substring(0, 2);
            if (root.compareTo("03") >= 0 && root.compareTo("08") <= 0) {
                code = "120"; // "would not provide support": a rejection
            } else if (root.compareTo("09") >= 0) {
                return List.of(); // "did not attack": no event
            }
        }
        Sides sides = s.sides();
        int clauseEnd = s.clauses().clauseEnd(after);
        // an event noun's object follows it closely ("talks with X"), unless a statement introduces the noun
        int objectEnd = c.noun() && speaker == null ? Math.min(clauseEnd, after + NOUN_OBJECT_WINDOW) : clauseEnd;
        int between = indexOf(tokens, "between", after, Math.min(s.end(), after + 4));
        List<Event> out = new ArrayList<>();
        List<Mention> betweenPair = between < 0
                ? List.of()
                : s.mentions().stream().filter(m -> m.from() > between).limit(2).toList();
        if (betweenPair.size() == 2
                && indexOf(
                                tokens,
                                "and",
                                betweenPair.get(0).to(),
                                betweenPair.get(1).from())
                        >= 0) {
            out.add(make(s, c, code, betweenPair.get(0), betweenPair.get(1))); // "relations between X and Y"
            return out;
        }
        // "came under attack", "was put under investigation": the subject undergoes the event
        boolean under =
                lower(tokens, verb - 1).equals("under") || lower(tokens, after).equals("under");
        if (speaker == null
                && (under || isPassive(tokens, verb, s.start()))
                && !lower(tokens, after).equals("to")) {
            Mention by = sides.agent(after, clauseEnd, under);
            List<Mention> subj = sides.subjects(under ? verb - 1 : verb);
            Mention tgt = subj.isEmpty() ? null : subj.get(subj.size() - 1);
            Mention src = by;
            if (src == null && (code.startsWith("17") || code.startsWith("09"))) {
                src = sides.placeIn(after, clauseEnd); // "was arrested in X": X's authorities
            }
            if (tgt != null || src != null) {
                out.add(make(s, c, code, src, tgt));
            }
            return out;
        }
        Mention owner = sides.possessor(verb);
        List<Mention> subjects =
                speaker != null ? List.of(speaker) : owner != null ? List.of(owner) : sides.subjects(verb);
        if (subjects.isEmpty() && !plural(s, verb)) {
            Actor p = pronoun(s, verb);
            if (p != null) {
                subjects = List.of(new Mention(-1, -1, p));
            }
        }
        Mention obj = sides.object(after, objectEnd, subjects);
        if (obj == null && !subjects.isEmpty() && subjects.get(0).from() >= 0) {
            obj = sides.placeBetween(subjects.get(subjects.size() - 1).to(), verb); // "X arrived in Y for a visit"
        }
        if (subjects.isEmpty() && obj == null && plural(s, verb)) {
            List<Actor> pair =
                    s.seen().mostNamedCountries(); // "their governments signed": the two countries named most
            if (pair.size() == 2) {
                out.add(make(s, c, code, new Mention(-1, -1, pair.get(0)), new Mention(-1, -1, pair.get(1))));
            }
            return out;
        }
        if (subjects.isEmpty()) {
            if (obj != null && !c.noun() && sides.agentNounBefore(verb)) {
                // "the government expressed ... for China's": the authorities of the one country named, if one
                out.add(make(s, c, code, null, obj, s.sides().onlyCountry()));
            }
            return out;
        }
        if (c.noun() && obj == null && owner == null && speaker == null) {
            return out; // "a regional trip": an event noun needs its target or its owner
        }
        if (obj == null && subjects.size() >= 2) {
            for (Mention a : subjects) {
                for (Mention b : subjects) {
                    if (a != b) {
                        out.add(make(s, c, code, a, b)); // "X, Y and Z met": each with each
                    }
                }
            }
            return out;
        }
        if (obj != null && addressed(tokens, obj.from()) && COMPLAINING.contains(code.substring(0, 2))) {
            Mention about = sides.topic(obj.to(), clauseEnd); // "complained to the UN over Israeli raids"
            if (about != null) {
                obj = about;
            }
        }
        boolean given = obj != null
                && lower(tokens, obj.from() - 1).equals("from")
                && givingCode(code)
                && Clauses.receiving(lower(tokens, verb));
        for (Mention a : subjects) {
            // "received weapons from Y": Y gives
            out.add(given ? make(s, c, code, obj, a) : make(s, c, code, a, obj));
        }
        return out;
    }

    /**
     * An act announced for the future, as CAMEO coders read it: cooperation ("will give", "is willing to
     * withdraw") is an intent to cooperate (03x), a coercive act ("will impose a curfew") or any act made
     * conditional ("will withdraw unless") a threat (13x), unless it is a demand, criticism or refusal; meetings
     * stay meetings ("will meet" is 040).
     */
    private static String announced(String code, boolean conditional) {
        String root = code.substring(0, 2);
        // demands, criticism and refusals stay what they are ("will not accept refugees if war starts")
        boolean verbal = root.compareTo("10") >= 0 && root.compareTo("12") <= 0;
        if (conditional && root.compareTo("05") >= 0 && !verbal) {
            return "130";
        }
        return switch (root) {
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            case "16" -> "131";
            case "17" -> "130";
            case "18", "19", "20" -> "138";
            default -> code;
        };
    }

    /** "unless" or "if" after the word: the act is made a condition ("will withdraw unless ..."). */
    private static boolean conditional(Sentence s, int verb) {
        for (int k = verb + 1; k < s.end(); k++) {
            if ((s.kind(k) & EventWords.CONDITION) != 0) {
                return true;
            }
        }
        return false;
    }

    /** "to X", "to the X": the actor is addressed. */
    private static boolean addressed(List<Token> tokens, int at) {
        return lower(tokens, at - 1).equals("to")
                || (EventWords.DETERMINERS.contains(lower(tokens, at - 1))
                        && lower(tokens, at - 2).equals("to"));
    }

    /** Promises, support, cooperation and aid: what one side gives another. */
    private static boolean givingCode(String code) {
        return code.startsWith("03") || code.startsWith("05") || code.startsWith("06") || code.startsWith("07");
    }

    private Event make(Sentence s, Candidate c, String coded, @Nullable Mention src, @Nullable Mention tgt) {
        return make(s, c, coded, src, tgt, null);
    }

    /**
     * The event of candidate {@code c}: its head verb gives the mode, the event word itself the date and place;
     * {@code unnamedCountry} is the country of a source without a name ("the government"), when src is null.
     */
    private Event make(
            Sentence s,
            Candidate c,
            String coded,
            @Nullable Mention src,
            @Nullable Mention tgt,
            @Nullable String unnamedCountry) {
        List<Token> tokens = s.tokens();
        int verb = c.head();
        String mode = mode(s, verb);
        boolean conditional = conditional(s, verb);
        // "will impose", "may halt ... if": an act announced for the future or made a condition
        String code = mode.equals("expected") || (mode.equals("hypothetical") && conditional)
                ? announced(coded, conditional)
                : coded;
        int verbChar = tokens.get(c.at()).start() - s.charStart();
        String srcCountry = src == null ? unnamedCountry : s.sides().country(src);
        Span span = new Span(
                s.cp().of(s.block().offsets().source(tokens.get(s.start()).start())),
                s.cp().of(s.block().offsets().source(tokens.get(s.end() - 1).end() - 1) + 1));
        return new Event(
                code,
                codes.label(code),
                src == null ? null : src.actor().name(),
                tgt == null ? null : tgt.actor().name(),
                srcCountry,
                tgt == null ? s.sides().domestic(srcCountry) : s.sides().country(tgt),
                nearest(s.dates(), verbChar),
                location(tokens, s.mentions(), c.at()),
                s.evidence(),
                span,
                mode,
                codes.plover(code),
                codes.goldstein(code));
    }

    /** Tokens inside quotation marks (the marks included), over the whole block: quotes span sentences. */
    private static boolean[] quoted(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean in = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            char c = t.length() == 1 ? t.charAt(0) : 0;
            if (c == '"' || c == OPEN_QUOTE || c == CLOSE_QUOTE) {
                in = c == OPEN_QUOTE || (c != CLOSE_QUOTE && !in);
                out[i] = true;
                continue;
            }
            out[i] = in;
        }
        return out;
    }

    private static @Nullable ArticleDate nearest(List<EventDates.Found> dates, int at) {
        EventDates.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventDates.Found f : dates) {
            int d = f.start() >= at ? f.start() - at : at - f.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best == null ? null : best.date();
    }

    /**
     * "they"/"their" (the sentence's subject) stand for the last country seen before, "he"/"it" for the last
     * actor with a country that is not a place.
     */
    private static @Nullable Actor pronoun(Sentence s, int verb) {
        for (int k = s.start(); k < verb; k++) {
            int kind = s.kind(k);
            if ((kind & (EventWords.THEY | EventWords.HE)) != 0) {
                return (kind & EventWords.THEY) != 0
                        ? s.seen().lastCountry()
                        : s.seen().lastWithCountry();
            }
        }
        return null;
    }

    /** The mentions that also end by token {@code end}. */
    private static List<Mention> within(List<Mention> mentions, int end) {
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

    /** "they", "their", "both" before the word: the subject is a pair of actors named before. */
    private static boolean plural(Sentence s, int verb) {
        for (int k = s.start(); k < verb; k++) {
            if ((s.kind(k) & EventWords.THEY) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(List<Token> tokens, int verb, int start) {
        if (!lower(tokens, verb).endsWith("ed") && !lower(tokens, verb).endsWith("en")) {
            return false;
        }
        for (int k = verb - 1; k >= Math.max(start, verb - 3); k--) {
            if (EventWords.PASSIVE.contains(lower(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /** "in Havana", "to Pyongyang": the first place or country after the word, else before it. */
    private static @Nullable String location(List<Token> tokens, List<Mention> ms, int verb) {
        String before = null;
        for (Mention m : ms) {
            String type = m.actor().type();
            if (!(type.equals("place") || type.equals("country"))
                    || !EventWords.PLACE.contains(lower(tokens, m.from() - 1))) {
                continue;
            }
            if (m.from() > verb) {
                return m.actor().name();
            }
            before = m.actor().name();
        }
        return before;
    }

    private static String mode(Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.start(), verb - MODE_WINDOW); k--) {
            int kind = s.kind(k);
            if ((kind & EventWords.HYPOTHETICAL) != 0) {
                return "hypothetical";
            }
            if ((kind & EventWords.EXPECTED) != 0) {
                return "expected";
            }
        }
        return "asserted";
    }

    private static int indexOf(List<Token> tokens, String word, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lower(tokens, k).equals(word)) {
                return k;
            }
        }
        return -1;
    }

    private static String lower(List<Token> tokens, int k) {
        return k < 0 || k >= tokens.size() ? "" : tokens.get(k).lower();
    }

    /** Token ranges of the actors' mentions in one block, from the actors' code point spans. */
    private static List<Mention> mentions(List<Token> tokens, int[] cps, ActorSpans spans) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            ActorSpans.Entry hit = spans.at(cps[i]);
            if (hit == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && cps[j] < hit.span().end()) {
                j++;
            }
            out.add(new Mention(i, j, hit.actor()));
            i = j;
        }
        return out;
    }
}
