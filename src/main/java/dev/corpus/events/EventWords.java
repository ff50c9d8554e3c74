package dev.corpus.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The function words of resource events/event-words.txt that the event extractor reads an event word's mode,
 * sides and form by (the clause words are {@link Clauses}'s). Some are read as sets; those asked of every token
 * near an event word are also given kind bits, which the lexicon keeps by word number (see {@link #kinds}).
 */
final class EventWords {
    private static final KindLists LISTS = KindLists.read("event-words.txt");

    static final Set<String> PASSIVE = LISTS.of("passive");
    static final Set<String> PRONOUNS = LISTS.of("pronoun");
    static final Set<String> DETERMINERS = LISTS.of("determiner");
    static final Set<String> LIGHT_STOPS = LISTS.of("light-stop");
    static final Set<String> PLACE = LISTS.of("place");
    static final Set<String> LOCATIVE = LISTS.of("locative");
    static final Set<String> PREPOSITIONS = LISTS.of("preposition");
    static final Set<String> TOPIC = LISTS.of("topic");
    /** What may stand between coordinated actors: punctuation and the conjunction, grammar rather than vocabulary. */
    static final Set<String> COORDINATION = Set.of(",", "and", "&");
    /** The words of {@link #THEY} and {@link #HE}: a subject standing for actors named before. */
    static final Set<String> STAND_INS = union(LISTS.of("plural"), LISTS.of("singular"));

    /**
     * The first chars of the {@link #STAND_INS} (below 128, by bit of two longs) and their shortest and longest
     * lengths: the gate that asks every token of a sentence without a mention tells most from these, where the set
     * hashed each token's string.
     */
    private static final long[] STAND_IN_FIRST = new long[2];

    private static final int STAND_IN_SHORTEST =
            STAND_INS.stream().mapToInt(String::length).min().orElse(0);
    private static final int STAND_IN_LONGEST =
            STAND_INS.stream().mapToInt(String::length).max().orElse(0);

    static {
        for (String w : STAND_INS) {
            char c = w.charAt(0);
            if (c >= 128) {
                throw new IllegalStateException("a stand-in's first char is beyond ASCII: " + w);
            }
            STAND_IN_FIRST[c >>> 6] |= 1L << c;
        }
    }

    /**
     * Bits of the kinds of word the extractor reads (above those of {@link Clauses}): the lexicon numbers these
     * words too, so that a token's kinds are read from its number instead of set look-ups of its string.
     */
    static final int DETERMINER = 1 << 10;

    static final int HYPOTHETICAL = 1 << 11;
    static final int EXPECTED = 1 << 12;
    /** "they", "their", "both": a plural subject named before. */
    static final int THEY = 1 << 13;
    /** "he", "she", "it", "its": a singular one. */
    static final int HE = 1 << 14;
    /** "unless", "if": the act is made a condition. */
    static final int CONDITION = 1 << 15;
    /**
     * The words of {@link #PASSIVE}, {@link #PRONOUNS}, {@link #PREPOSITIONS}, {@link #PLACE} and
     * {@link #LIGHT_STOPS}, and "between": the sides and candidates ask them of tokens the lexicon has numbered,
     * and a bit of the number's kinds answers where a set look-up hashed the token's string.
     */
    static final int PASSIVE_WORD = 1 << 16;

    static final int PRONOUN = 1 << 17;
    static final int PREPOSITION = 1 << 18;
    static final int PLACE_WORD = 1 << 19;
    static final int LIGHT_STOP = 1 << 20;
    static final int BETWEEN = 1 << 21;
    /** The words of {@link #LOCATIVE}, {@link #TOPIC} and {@link #COORDINATION}, for the sides. */
    static final int LOCATIVE_WORD = 1 << 22;

    static final int TOPIC_WORD = 1 << 23;
    static final int COORDINATOR = 1 << 24;
    /** "'s" and "’s": the possessive after an actor ("Díaz-Canel's visit"). */
    static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s");

    static final int POSSESSIVE = 1 << 25;

    private EventWords() {}

    /** Whether the word (lower case) is one of the {@link #STAND_INS}. */
    static boolean standIn(String lower) {
        int n = lower.length();
        if (n < STAND_IN_SHORTEST || n > STAND_IN_LONGEST) {
            return false;
        }
        char c = lower.charAt(0);
        return c < 128 && (STAND_IN_FIRST[c >>> 6] & (1L << c)) != 0 && STAND_INS.contains(lower);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** The kinds of the words of the lists read by kind, for the lexicon to number. */
    static Map<String, Integer> kinds() {
        Map<String, Integer> out = new HashMap<>();
        BiConsumer<Collection<String>, Integer> add = (words, kind) -> {
            for (String w : words) {
                out.merge(w, kind, (a, b) -> a | b);
            }
        };
        add.accept(DETERMINERS, DETERMINER);
        add.accept(LISTS.of("hypothetical"), HYPOTHETICAL);
        add.accept(LISTS.of("expected"), EXPECTED);
        add.accept(LISTS.of("plural"), THEY);
        add.accept(LISTS.of("singular"), HE);
        add.accept(LISTS.of("condition"), CONDITION);
        add.accept(PASSIVE, PASSIVE_WORD);
        add.accept(PRONOUNS, PRONOUN);
        add.accept(PREPOSITIONS, PREPOSITION);
        add.accept(PLACE, PLACE_WORD);
        add.accept(LIGHT_STOPS, LIGHT_STOP);
        add.accept(Set.of("between"), BETWEEN);
        add.accept(LOCATIVE, LOCATIVE_WORD);
        add.accept(TOPIC, TOPIC_WORD);
        add.accept(COORDINATION, COORDINATOR);
        add.accept(POSSESSIVES, POSSESSIVE);
        return out;
    }
}
