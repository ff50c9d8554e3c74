package dev.corpus.nlp;

import java.util.Collection;

/**
 * A bit per hash of a set of words (a Bloom filter with one hash): a word whose bit is clear is not in the
 * set, told from 8 KB that stay in cache instead of the set's table and entries. Asked once per token of the
 * body, most of which are in no list. Immutable once made.
 */
public final class WordBits {
    private static final int BITS = 1 << 16;

    private final long[] bits = new long[BITS / 64];

    public WordBits(Collection<String> words) {
        for (String w : words) {
            int b = bit(w);
            bits[b >>> 6] |= 1L << b;
        }
    }

    /** False when the word is surely not in the set. */
    public boolean mayContain(String word) {
        int b = bit(word);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private static int bit(String word) {
        return (word.hashCode() * 0x9E3779B9) >>> 16;
    }
}
