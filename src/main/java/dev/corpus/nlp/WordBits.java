package dev.corpus.nlp;

import java.util.Collection;

/**
 * A bit per hash of a set of words (a Bloom filter with one hash): a word whose bit is clear is not in the
 * set, told from a few KB that stay in cache instead of the set's table and entries. Asked once per token of
 * the body, most of which are in no list. Immutable once made.
 */
public final class WordBits {
    /** 8 KB: enough for the word lists of a few thousand words. */
    private static final int WORD_BITS_LOG2 = 16;

    private final long[] bits;
    private final int shift;

    private WordBits(int log2Bits) {
        bits = new long[Math.max(1, (1 << log2Bits) / 64)];
        shift = 32 - log2Bits;
    }

    public WordBits(Collection<String> words) {
        this(WORD_BITS_LOG2);
        for (String w : words) {
            set(w.hashCode());
        }
    }

    /**
     * A filter of {@code 2^log2Bits} bits over hashes a table already holds (the gazetteer index stores its
     * keys' hashes), asked with {@link #mayContainHash} and the same hash function.
     */
    public static WordBits ofHashes(int[] hashes, int log2Bits) {
        WordBits b = new WordBits(log2Bits);
        for (int h : hashes) {
            b.set(h);
        }
        return b;
    }

    /** False when the word is surely not in the set. */
    public boolean mayContain(String word) {
        return mayContainHash(word.hashCode());
    }

    /** False when no word with this hash is in the set. */
    public boolean mayContainHash(int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private void set(int hash) {
        int b = bit(hash);
        bits[b >>> 6] |= 1L << b;
    }

    /** The top bits of the hash times the golden ratio: they depend on all of the hash's bits. */
    private int bit(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
