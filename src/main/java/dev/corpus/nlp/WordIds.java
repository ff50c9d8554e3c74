package dev.corpus.nlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Numbers for a fixed set of words (1, 2, ... in the order first given; 0 for any other word), in an
 * open-addressed table behind a {@link WordBits} filter: a look-up hashes nothing the string has not cached
 * and most misses end at the filter. The verb lexicon matches its forms and patterns as numbers (a block's
 * tokens are looked up once); the actors' large word lists ask it whether a word is theirs. Immutable.
 */
public final class WordIds {
    /** The number of every word not in the set. */
    public static final int NONE = 0;

    /**
     * The words one after another, word number n from {@code ends[n - 1]} to {@code ends[n]}: a hit compares the
     * token with this compact string, which stays in cache, rather than with a String of its own (an object and
     * an array somewhere on the heap: String.equals was most of a hit's time in the profile).
     */
    private final String pool;

    private final int[] ends;
    /**
     * Per slot a word's hash and its number (0: empty), side by side so that a probe reads one cache line;
     * load factor at most 1/2.
     */
    private final int[] table;

    private final int mask;
    private final int size;
    /** Most tokens are in no list: a clear bit answers them without a probe of the larger table. */
    private final WordBits bits;

    public WordIds(Collection<String> words) {
        // a word given again keeps its first number
        LinkedHashSet<String> distinct = new LinkedHashSet<>(words);
        int slots = Integer.highestOneBit(Math.max(1, words.size()) * 2) * 2;
        table = new int[2 * slots];
        mask = slots - 1;
        ends = new int[distinct.size() + 1];
        StringBuilder all = new StringBuilder();
        int id = 0;
        for (String w : distinct) {
            all.append(w);
            ends[++id] = all.length();
            int h = w.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (table[2 * i + 1] != NONE) {
                i = (i + 1) & mask;
            }
            table[2 * i] = h;
            table[2 * i + 1] = id;
        }
        pool = all.toString();
        size = id;
        bits = new WordBits(words);
    }

    /** How many words have a number: they are {@code 1..size()}. */
    public int size() {
        return size;
    }

    /** The word's number, {@link #NONE} if it is not in the set. */
    public int of(String word) {
        int h = word.hashCode();
        if (!bits.mayContainHash(h)) {
            return NONE;
        }
        return find(word, h);
    }

    /** Whether the word is in the set. */
    public boolean contains(String word) {
        return of(word) != NONE;
    }

    /** The numbers of the tokens' lower-case forms, in order. */
    public int[] of(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(tokens.get(i).lower());
        }
        return out;
    }

    /** The number of {@code word} (whose hash is {@code h}), or {@link #NONE}. */
    private int find(String word, int h) {
        int i = (h ^ (h >>> 16)) & mask;
        for (int id = table[2 * i + 1]; id != NONE; id = table[2 * i + 1]) {
            if (table[2 * i] == h && isWord(word, id)) {
                return id;
            }
            i = (i + 1) & mask;
        }
        return NONE;
    }

    /** Whether {@code word} is word number {@code id}. */
    private boolean isWord(String word, int id) {
        int from = ends[id - 1];
        int length = ends[id] - from;
        return word.length() == length && word.regionMatches(0, pool, from, length);
    }
}
