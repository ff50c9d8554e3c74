package dev.corpus.events;

import dev.corpus.nlp.Token;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clause structure of one sentence as far as event coding needs it, from function words alone: which
 * tokens lie in a subordinate or relative clause ("who", "after", "because", "according to") or in a
 * trailing attribution (", officials said"), where a clause ends, and whether a verb is negated.
 */
final class Clauses {
    private static final Words WORDS = new Words();

    /** Tokens between a negation and its verb ("did not", "would not", "has never"). */
    private static final int NEGATION_WINDOW = 3;

    private final List<Token> tokens;
    /** The block's words' {@link #kinds}, from the lexicon's numbering of them. */
    private final VerbLexicon.Starts words;

    private final int start;
    private final int end;
    private final boolean[] subordinate;

    /** The word lists of resource events/clause-words.txt. */
    private static final class Words {
        final Set<String> subordinators;
        final Set<String> negations;
        final Set<String> framing;
        final Set<String> agents;
        final Set<String> obligations;
        final Set<String> receiving;
        final Set<String> light;
        /** Of the words of the framing, agent, light, subordinator and negation lists, which lists have them (bits). */
        final Map<String, Integer> kinds = new HashMap<>();

        Words() {
            KindLists lists = KindLists.read("clause-words.txt");
            subordinators = lists.of("subordinator");
            negations = lists.of("negation");
            framing = lists.of("framing");
            agents = lists.of("agent");
            obligations = lists.of("obligation");
            receiving = lists.of("receiving");
            light = lists.of("light");
            for (String w : framing) {
                kinds.merge(w, FRAMING, (a, b) -> a | b);
            }
            for (String w : agents) {
                kinds.merge(w, AGENT, (a, b) -> a | b);
            }
            for (String w : light) {
                kinds.merge(w, LIGHT, (a, b) -> a | b);
            }
            for (String w : subordinators) {
                kinds.merge(w, SUBORDINATOR, (a, b) -> a | b);
            }
            for (String w : negations) {
                kinds.merge(w, NEGATION, (a, b) -> a | b);
            }
            kinds.merge(",", COMMA, (a, b) -> a | b);
            kinds.merge(";", SEMICOLON, (a, b) -> a | b);
            kinds.merge("and", AND, (a, b) -> a | b);
            kinds.merge("according", ACCORDING, (a, b) -> a | b);
            kinds.merge("to", TO, (a, b) -> a | b);
            for (String w : obligations) {
                kinds.merge(w, OBLIGATION, (a, b) -> a | b);
            }
        }
    }

    /** @param words the block's words, as the lexicon numbered them */
    Clauses(List<Token> tokens, VerbLexicon.Starts words, int start, int end) {
        this.tokens = tokens;
        this.words = words;
        this.start = start;
        this.end = end;
        this.subordinate = new boolean[end - start];
        boolean in = false;
        for (int i = start; i < end; i++) {
            int kind = kind(i);
            if ((kind & ACCORDING) != 0 && (kind(i + 1) & TO) != 0) {
                for (int k = i; k < end; k++) {
                    subordinate[k - start] = true;
                }
                break;
            }
            if ((kind & SUBORDINATOR) != 0 && i > start) {
                in = true;
            } else if ((kind & SEMICOLON) != 0
                    || ((kind & COMMA) != 0 && boundaryComma(i) && (kind(i + 1) & AND) == 0)) {
                in = false;
            }
            subordinate[i - start] = in;
        }
    }

    /** In a subordinate or relative clause ("who", "after", "because", "according to"). */
    boolean subordinate(int i) {
        return subordinate[i - start];
    }

    /**
     * A trailing attribution: a statement verb after the last comma with at most a few words between
     * (", a UN official said on Monday"), which reports the sentence rather than being its event.
     */
    boolean attribution(int verb) {
        for (int k = verb - 1; k >= Math.max(start, verb - 8); k--) {
            if ((kind(k) & COMMA) != 0) {
                return true;
            }
        }
        return false;
    }

    /** "not", "n't", "never", "no longer" shortly before the verb, in its clause. */
    boolean negated(int verb) {
        for (int k = verb - 1; k >= Math.max(start, verb - NEGATION_WINDOW); k--) {
            int kind = kind(k);
            if ((kind & COMMA) != 0) {
                return false;
            }
            if ((kind & NEGATION) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause that continues after {@code from} ends: a semicolon, a subordinator, a comma. */
    int clauseEnd(int from) {
        for (int k = from; k < end; k++) {
            int kind = kind(k);
            // a comma's kind is told before the boundary test reads it again
            if ((kind & (SEMICOLON | SUBORDINATOR)) != 0 || ((kind & COMMA) != 0 && boundaryComma(k))) {
                return k;
            }
        }
        return end;
    }

    /** A comma that separates words, not the thousands of a number ("50,000"). */
    private boolean boundaryComma(int k) {
        return (kind(k) & COMMA) != 0 && !(digit(k - 1) && digit(k + 1));
    }

    private boolean digit(int k) {
        String t = lower(k);
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    /**
     * Bits of {@link #kinds}: a {@link #framing}, {@link #agent} or {@link #light} word, a subordinator or a
     * negation.
     */
    static final int FRAMING = 1;

    static final int AGENT = 2;
    static final int LIGHT = 4;
    static final int SUBORDINATOR = 8;
    static final int NEGATION = 16;
    /** The punctuation and words the clauses are cut by, each its own bit. */
    static final int COMMA = 32;

    static final int SEMICOLON = 64;
    static final int AND = 128;
    static final int ACCORDING = 256;
    /** The last of the clauses' low bits: those of {@link EventWords#kinds} lie above it. */
    static final int TO = 512;
    /**
     * An obligation word ("must", "should": a reported obligation is a demand), which statements ask of each
     * token of a report: added after the bits of {@link EventWords#kinds}, so it lies above them.
     */
    static final int OBLIGATION = 1 << 26;

    /**
     * Which lists have each word that is in any ({@link #FRAMING}, {@link #AGENT}, ...): the lexicon numbers
     * these words with its own, so that a token's kinds are read from its number without a look-up.
     */
    static Map<String, Integer> kinds() {
        return Collections.unmodifiableMap(WORDS.kinds);
    }

    /** "decide to", "try to", "continue to": verbs whose event is the next one ("decided to close"). */
    static boolean framing(String word) {
        return WORDS.framing.contains(word);
    }

    /** "receive", "obtain": the giver is the actor after "from" ("received weapons from Y"). */
    static boolean receiving(String word) {
        return WORDS.receiving.contains(word);
    }

    /** "held", "declared", "mounted": a verb whose event is the event noun it takes ("held talks"). */
    static boolean light(String word) {
        return WORDS.light.contains(word);
    }

    /** The kinds of token {@code k}'s word; none outside the sentence. */
    private int kind(int k) {
        return k < start || k >= end ? 0 : words.kinds(k);
    }

    private String lower(int k) {
        return k < start || k >= end ? "" : tokens.get(k).lower();
    }
}
