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
    /** The words of {@link #THEY} and {@link #HE}: a subject standing for actors named before. */
    static final Set<String> STAND_INS = union(LISTS.of("plural"), LISTS.of("singular"));

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

    private EventWords() {}

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
        return out;
    }
}
