package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.events.Sides.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides who does what to whom for one event word: a negated cooperation is a rejection and a negated
 * conflict no event; "between X and Y" names both sides; a passive or undergone event ("was arrested by",
 * "came under attack from") turns its subject into the target; otherwise the subject (or the possessor, the
 * speaker of a statement, a pronoun's actor named before) acts upon the object of the verb's clause, each
 * coordinated subject with the others when there is none, and the giver of a received thing is its source.
 */
final class CandidateEvents {
    /** How far after an event noun its object may stand ("talks with X", "a visit to Y"). */
    private static final int NOUN_OBJECT_WINDOW = 3;
    /** Criticism, rejection and protest (CAMEO roots): made to one party, about another. */
    private static final Set<String> COMPLAINING = Set.of("11", "12", "14");

    private CandidateEvents() {}

    /**
     * The events of one event word with its sides; {@code speaker}, when given, is the source (the subject of
     * the statement that reports this clause).
     */
    static List<Event> of(EventSentence s, Candidate c, @Nullable Mention speaker) {
        int verb = c.head();
        int after = c.at() + c.hit().length();
        String code = unlessNegated(s, verb, c.hit().code());
        if (code == null) {
            return List.of(); // "did not attack": no event
        }
        int clauseEnd = s.clauses().clauseEnd(after);
        Event between = between(s, c, code, after);
        if (between != null) {
            return List.of(between); // "relations between X and Y"
        }
        // "came under attack", "was put under investigation": the subject undergoes the event
        boolean under = s.lower(verb - 1).equals("under") || s.lower(after).equals("under");
        if (speaker == null && (under || isPassive(s, verb)) && !s.lower(after).equals("to")) {
            return undergone(s, c, code, clauseEnd, under);
        }
        Mention owner = s.sides().possessor(verb);
        List<Mention> subjects = subjects(s, verb, speaker, owner);
        // an event noun's object follows it closely ("talks with X"), unless a statement introduces the noun
        int objectEnd = c.noun() && speaker == null ? Math.min(clauseEnd, after + NOUN_OBJECT_WINDOW) : clauseEnd;
        Mention obj = s.sides().object(after, objectEnd, subjects);
        if (obj == null && !subjects.isEmpty() && subjects.get(0).from() >= 0) {
            obj = s.sides().placeBetween(last(subjects).to(), verb); // "X arrived in Y for a visit"
        }
        if (subjects.isEmpty()) {
            return withoutSubject(s, c, code, obj);
        }
        if (c.noun() && obj == null && owner == null && speaker == null) {
            return List.of(); // "a regional trip": an event noun needs its target or its owner
        }
        if (obj == null && subjects.size() >= 2) {
            return eachWithEach(s, c, code, subjects); // "X, Y and Z met"
        }
        if (obj != null && addressed(s, obj.from()) && COMPLAINING.contains(code.substring(0, 2))) {
            Mention about = s.sides().topic(obj.to(), clauseEnd); // "complained to the UN over Israeli raids"
            if (about != null) {
                obj = about;
            }
        }
        boolean given = obj != null
                && s.lower(obj.from() - 1).equals("from")
                && givingCode(code)
                && Clauses.receiving(s.lower(verb));
        List<Event> out = new ArrayList<>();
        for (Mention a : subjects) {
            // "received weapons from Y": Y gives
            out.add(given ? EventMaker.make(s, c, code, obj, a) : EventMaker.make(s, c, code, a, obj));
        }
        return out;
    }

    /** The code, or what a negation before the verb makes of it: a rejection of cooperation, null for a deed. */
    private static @Nullable String unlessNegated(EventSentence s, int verb, String code) {
        if (!s.clauses().negated(verb)) {
            return code;
        }
        String root = code.substring(0, 2);
        if (root.compareTo("03") >= 0 && root.compareTo("08") <= 0) {
            return "120"; // "would not provide support": a rejection
        }
        return root.compareTo("09") >= 0 ? null : code;
    }

    /** "relations between X and Y": the event of the two actors after "between" shortly after the word. */
    private static @Nullable Event between(EventSentence s, Candidate c, String code, int after) {
        int between = indexOf(s, EventWords.BETWEEN, after, Math.min(s.end(), after + 4));
        if (between < 0) {
            return null;
        }
        List<Mention> pair =
                s.mentions().stream().filter(m -> m.from() > between).limit(2).toList();
        if (pair.size() == 2
                && indexOf(s, Clauses.AND, pair.get(0).to(), pair.get(1).from()) >= 0) {
            return EventMaker.make(s, c, code, pair.get(0), pair.get(1));
        }
        return null;
    }

    /**
     * A passive or undergone event: the agent after "by" (or "from", "under fire from X") is the source, the
     * subject the target; an arrest or a use of force without an agent is by the place's authorities.
     */
    private static List<Event> undergone(EventSentence s, Candidate c, String code, int clauseEnd, boolean under) {
        Sides sides = s.sides();
        int verb = c.head();
        int after = c.at() + c.hit().length();
        Mention src = sides.agent(after, clauseEnd, under);
        List<Mention> subj = sides.subjects(under ? verb - 1 : verb);
        Mention tgt = subj.isEmpty() ? null : last(subj);
        if (src == null && (code.startsWith("17") || code.startsWith("09"))) {
            src = sides.placeIn(after, clauseEnd); // "was arrested in X": X's authorities
        }
        if (tgt != null || src != null) {
            return List.of(EventMaker.make(s, c, code, src, tgt));
        }
        return List.of();
    }

    /**
     * Who acts: the statement's speaker, else the possessor ("X's visit"), else the subject before the verb,
     * else the actor a singular pronoun stands for; none for a plural pronoun ({@link #withoutSubject}).
     */
    private static List<Mention> subjects(
            EventSentence s, int verb, @Nullable Mention speaker, @Nullable Mention owner) {
        List<Mention> subjects = speaker != null
                ? List.of(speaker)
                : owner != null ? List.of(owner) : s.sides().subjects(verb);
        if (subjects.isEmpty() && !plural(s, verb)) {
            Actor p = pronoun(s, verb);
            if (p != null) {
                subjects = List.of(new Mention(-1, -1, p));
            }
        }
        return subjects;
    }

    /**
     * The event without a named subject: "their governments signed" is of the two countries named most; "the
     * government expressed ... for China's" is of the authorities of the one country named, if one.
     */
    private static List<Event> withoutSubject(EventSentence s, Candidate c, String code, @Nullable Mention obj) {
        int verb = c.head();
        if (obj == null && plural(s, verb)) {
            List<Actor> pair = s.seen().mostNamedCountries();
            if (pair.size() == 2) {
                return List.of(EventMaker.make(
                        s, c, code, new Mention(-1, -1, pair.get(0)), new Mention(-1, -1, pair.get(1))));
            }
            return List.of();
        }
        if (obj != null && !c.noun() && s.sides().agentNounBefore(verb)) {
            return List.of(EventMaker.make(s, c, code, null, obj, s.sides().onlyCountry()));
        }
        return List.of();
    }

    /** "X, Y and Z met": each subject with each other one. */
    private static List<Event> eachWithEach(EventSentence s, Candidate c, String code, List<Mention> subjects) {
        List<Event> out = new ArrayList<>();
        for (Mention a : subjects) {
            for (Mention b : subjects) {
                if (a != b) {
                    out.add(EventMaker.make(s, c, code, a, b));
                }
            }
        }
        return out;
    }

    /** "to X", "to the X": the actor is addressed. */
    private static boolean addressed(EventSentence s, int at) {
        return s.lower(at - 1).equals("to")
                || ((s.kind(at - 1) & EventWords.DETERMINER) != 0
                        && s.lower(at - 2).equals("to"));
    }

    /** Promises, support, cooperation and aid: what one side gives another. */
    private static boolean givingCode(String code) {
        return code.startsWith("03") || code.startsWith("05") || code.startsWith("06") || code.startsWith("07");
    }

    /**
     * "they"/"their" (the sentence's subject) stand for the last country seen before, "he"/"it" for the last
     * actor with a country that is not a place.
     */
    private static @Nullable Actor pronoun(EventSentence s, int verb) {
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

    /** "they", "their", "both" before the word: the subject is a pair of actors named before. */
    private static boolean plural(EventSentence s, int verb) {
        for (int k = s.start(); k < verb; k++) {
            if ((s.kind(k) & EventWords.THEY) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(EventSentence s, int verb) {
        if (!s.lower(verb).endsWith("ed") && !s.lower(verb).endsWith("en")) {
            return false;
        }
        for (int k = verb - 1; k >= Math.max(s.start(), verb - 3); k--) {
            if ((s.kind(k) & EventWords.PASSIVE_WORD) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The first token in {@code [from, to)} (within the sentence) whose word has the kind bit {@code kind}. */
    private static int indexOf(EventSentence s, int kind, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((s.kind(k) & kind) != 0) {
                return k;
            }
        }
        return -1;
    }

    private static Mention last(List<Mention> ms) {
        return ms.get(ms.size() - 1);
    }
}
