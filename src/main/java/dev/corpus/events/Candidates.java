package dev.corpus.events;

import dev.corpus.events.Sides.Mention;
import dev.corpus.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which words of a sentence may be its event, and in what order they are tried: each event word of the
 * lexicon that is not quoted, named or capitalized, read as a noun after a determiner ("a visit"), taken as the
 * object of a light verb before it ("held talks"), passed over when it only frames another ("decided to close")
 * or is an actor noun ("Serb forces"). Verbs of the main clause come first, then event nouns, then words of
 * subordinate clauses and trailing attributions.
 */
final class Candidates {
    /** Curly quotation marks, which tell an opening one from a closing one ("\"" toggles). */
    private static final char OPEN_QUOTE = '\u201c';

    private static final char CLOSE_QUOTE = '\u201d';
    /** How far after a light verb its event noun may stand ("mounted its long-threatened invasion"). */
    private static final int LIGHT_WINDOW = 6;

    /** Lower rank first, then the earlier head. */
    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::head);

    private Candidates() {}

    /**
     * Tokens inside quotation marks (the marks included), over the whole block ({@code text}, which the tokens
     * split): quotes span sentences.
     */
    static boolean[] quoted(String text, List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        // most blocks hold no quotation mark: a scan of the text's chars spares reading every token's
        if (text.indexOf('"') < 0 && text.indexOf(OPEN_QUOTE) < 0 && text.indexOf(CLOSE_QUOTE) < 0) {
            return out;
        }
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

    /** The sentence's event words, best first. */
    static List<Candidate> of(EventSentence s) {
        List<Candidate> out = new ArrayList<>();
        int lightObject = -1;
        int lightHead = -1;
        for (int i = s.start(); i < s.end(); i++) {
            // most words start no event word and frame none: nothing below takes them, told before plainWord's tests
            if (!s.words().mayTake(i)) {
                continue;
            }
            int kinds = s.kind(i);
            if (!plainWord(s, i)) {
                continue;
            }
            boolean framing = (kinds & Clauses.FRAMING) != 0;
            if (framing || (kinds & Clauses.LIGHT) != 0) {
                VerbLexicon.Hit own = framing ? null : s.hits().at(i);
                int object = own != null && own.pattern() ? -1 : eventObject(s, i);
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
            out.add(new Candidate(i, hit, noun, rank(s, i, head, hit, noun), head));
            i += skipped(s, i, hit) - 1;
        }
        out.sort(BEST_FIRST);
        return out;
    }

    /** Lower first: a subordinate clause's word after an attribution's, both after the main clause's. */
    private static int rank(EventSentence s, int i, int head, VerbLexicon.Hit hit, boolean noun) {
        int rank = 0;
        if (s.clauses().subordinate(head)) {
            rank += 4;
        } else if (hit.statement() && s.clauses().attribution(i)) {
            rank += 6;
        }
        if (noun) {
            rank += 1;
        }
        return rank;
    }

    /**
     * How many tokens the hit at {@code i} covers: a pattern's words are not events of their own ("eased
     * emergency measures"), unless an actor stands between ("charged X with murder in the 1995 shooting": X's
     * murder is one).
     */
    private static int skipped(EventSentence s, int i, VerbLexicon.Hit hit) {
        int from = i + hit.length();
        int to = i + hit.reach();
        for (Mention m : s.mentions()) {
            if (m.from() >= from && m.from() < to) {
                return hit.length();
            }
        }
        return hit.reach();
    }

    /** Not quoted, not inside an actor's mention, not a capitalized word of a name or title ("Visit Britain"). */
    private static boolean plainWord(EventSentence s, int i) {
        if (s.quoted(i) || s.hits().named(i)) {
            return false;
        }
        return i == s.start() || !s.tokens().get(i).isCapitalized();
    }

    /**
     * The event noun a light verb takes as object, a few words after it ("declared a 30-day state of siege");
     * the last of adjacent event words ("a hunger strike"); -1 when a preposition, clause word or name comes
     * first.
     */
    private static int eventObject(EventSentence s, int verb) {
        int found = -1;
        for (int k = verb + 1; k < Math.min(s.end(), verb + 1 + LIGHT_WINDOW); k++) {
            Token t = s.tokens().get(k);
            String w = s.lower(k);
            if (!plainWord(s, k) || (s.kind(k) & EventWords.LIGHT_STOP) != 0 || (!t.isWord() && !w.equals("-"))) {
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
    private static boolean noun(EventSentence s, int i) {
        if ((s.kind(i - 1) & EventWords.DETERMINER) != 0) {
            return true;
        }
        List<Token> tokens = s.tokens();
        String mod = s.lower(i - 1);
        return i - 2 >= s.start()
                && (s.kind(i - 2) & EventWords.DETERMINER) != 0
                && !s.lower(i).endsWith("ed")
                && !mod.isEmpty()
                && Character.isLowerCase(tokens.get(i - 1).text().codePointAt(0))
                && tokens.get(i - 1).isWord()
                && (s.kind(i - 1) & Clauses.AGENT) == 0;
    }
}
