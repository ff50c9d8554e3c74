package dev.corpus.actors;

import dev.corpus.nlp.WordIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the name rules' small word lists hold a word, as one int of bits, from one table of all their
 * words: a block's tokens are looked up once each ({@link BlockTokens}), and the rules test bits. Asking each
 * list on its own hashed into a filter of its own per question, and those twenty filters did not stay in the
 * cache: that was the largest single share of the actors stage. Immutable.
 */
final class ListBits {
    static final int GROUP = 1;
    static final int CONNECTOR = 1 << 1;
    static final int ORG_WORD = 1 << 2;
    static final int OF_HEAD = 1 << 3;
    static final int TEAM_WORD = 1 << 4;
    static final int PLACE_PREFIX = 1 << 5;
    static final int NOT_NAME = 1 << 6;
    static final int ORG_NOUN = 1 << 7;
    static final int PLACE_NOUN = 1 << 8;
    static final int PLACE_WORD = 1 << 9;
    static final int CLUB_ROLE = 1 << 10;
    static final int MISC_WORD = 1 << 11;
    static final int NUMBER_WORD = 1 << 12;
    static final int LOCATION_PREPOSITION = 1 << 13;
    static final int COPULA = 1 << 14;
    static final int PRE_ROLE_WORD = 1 << 15;
    static final int PERSON_CUE = 1 << 16;
    /** A word a role may start with ({@link Gazetteer#roleStarts}). */
    static final int ROLE_START = 1 << 17;
    /**
     * An English function word ({@link dev.corpus.nlp.Stopwords#isStopword} in "en" of a lower-case word): the
     * common-word test of a token reads it with the other bits, and the document's lower-case words need not
     * hold these, the most frequent.
     */
    static final int STOPWORD = 1 << 18;

    private final WordIds words;
    /** The bits of each word, by its number in {@link #words} (0 for no word). */
    private final int[] bits;

    /** @param lists each list's words by its bit */
    ListBits(Map<Integer, ? extends Set<String>> lists) {
        List<String> all = new ArrayList<>();
        for (Set<String> list : lists.values()) {
            all.addAll(list);
        }
        words = new WordIds(all);
        bits = new int[words.size() + 1];
        for (Map.Entry<Integer, ? extends Set<String>> e : lists.entrySet()) {
            for (String w : e.getValue()) {
                bits[words.of(w)] |= e.getKey();
            }
        }
    }

    /** The bits of the lists that hold this word, 0 for none. */
    int of(String word) {
        return bits[words.of(word)];
    }
}
