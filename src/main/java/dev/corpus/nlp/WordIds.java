package dev.corpus.nlp;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
     * The few words with a char beyond Latin-1, by number, their span in the pool empty: a single such char
     * made the whole pool two bytes a char (twice the cache lines) and each compare read it char by char.
     */
    private final Map<Integer, String> wide = new HashMap<>();
    /**
     * By ASCII char, the number of the one-char word it is: about a fifth of a body's tokens are
     * one char (",", ".", "a"), answered without a hash, a probe or a compare.
     */
    private final int[] ascii = new int[128];
    /**
     * Per slot a word's number (0: empty) in the low bits ({@link #idBits}) and its hash's other bits above
     * them: one int per slot, half the table that the hash and number side by side took, which a hit of the
     * verb lexicon's (about half the body's tokens) read seldom from cache. Load factor at most about 2/3:
     * a hit's longer probe costs less than a larger table out of cache, and most misses end at the filter.
     */
    private final int[] table;

    private final int mask;
    /** The low bits of a slot that hold a number: enough for {@link #size}. */
    private final int idBits;

    private final int size;
    /** Most tokens are in no list: a clear bit answers them without a probe of the larger table. */
    private final WordBits bits;

    public WordIds(Collection<String> words) {
        // a word given again keeps its first number
        LinkedHashSet<String> distinct = new LinkedHashSet<>(words);
        // the least power of two of at least 3/2 slots per word
        int slots = Integer.highestOneBit(Math.max(1, (words.size() * 3 + 1) / 2 - 1)) * 2;
        table = new int[slots];
        mask = slots - 1;
        idBits = (Integer.highestOneBit(distinct.size()) << 1) - 1;
        ends = new int[distinct.size() + 1];
        StringBuilder all = new StringBuilder();
        int id = 0;
        for (String w : distinct) {
            if (isLatin1(w)) {
                all.append(w);
            } else {
                wide.put(id + 1, w);
            }
            ends[++id] = all.length();
            int h = w.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (table[i] != NONE) {
                i = (i + 1) & mask;
            }
            table[i] = (h & ~idBits) | id;
        }
        pool = all.toString();
        size = id;
        bits = new WordBits(words);
        for (char c = 0; c < ascii.length; c++) {
            ascii[c] = of(String.valueOf(c));
        }
    }

    private static boolean isLatin1(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
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
            out[i] = of(tokens.get(i));
        }
        return out;
    }

    /** The number of the token's lower-case form: a one-char ASCII word from a table, without a hash. */
    public int of(Token token) {
        String lower = token.lower();
        char c;
        return lower.length() == 1 && (c = lower.charAt(0)) < ascii.length ? ascii[c] : of(lower);
    }

    /** The number of {@code word} (whose hash is {@code h}), or {@link #NONE}. */
    private int find(String word, int h) {
        int i = (h ^ (h >>> 16)) & mask;
        int hashBits = h & ~idBits;
        for (int slot = table[i]; slot != NONE; slot = table[i]) {
            // equal hash bits may still be another word's: the word itself decides
            if ((slot & ~idBits) == hashBits && isWord(word, slot & idBits)) {
                return slot & idBits;
            }
            i = (i + 1) & mask;
        }
        return NONE;
    }

    /** Whether {@code word} is word number {@code id}. */
    private boolean isWord(String word, int id) {
        int from = ends[id - 1];
        int length = ends[id] - from;
        if (length == 0) {
            return word.equals(wide.getOrDefault(id, "")); // a wide word, or the empty one
        }
        return word.length() == length && word.regionMatches(0, pool, from, length);
    }
}
