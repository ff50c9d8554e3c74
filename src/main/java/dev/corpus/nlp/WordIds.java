package dev.corpus.events;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.WordBits;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbers for a fixed set of lower-case words (1, 2, ... in the order given; 0 for any other word): a block's
 * tokens are looked up once, and the lexicon's forms and patterns are then matched against them as ints
 * instead of one hash map look-up per token and pattern tried. Immutable.
 */
final class WordIds {
    /** The number of every word not in the set. */
    static final int NONE = 0;

    private final String[] keys;
    /** The keys' hash codes, so that a probe reads a key only when its hash is the word's. */
    private final int[] hashes;

    private final int[] ids;
    private final int mask;
    private final int size;
    /** Most tokens are in no list: a clear bit answers them without a probe of the larger table. */
    private final WordBits bits;

    WordIds(Collection<String> words) {
        Set<String> unique = new LinkedHashSet<>(words);
        int tableSize = Integer.highestOneBit(Math.max(1, unique.size() * 3)) * 2;
        keys = new String[tableSize];
        hashes = new int[tableSize];
        ids = new int[tableSize];
        mask = tableSize - 1;
        int id = 0;
        for (String w : unique) {
            int i = slot(w.hashCode());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = w;
            hashes[i] = w.hashCode();
            ids[i] = ++id;
        }
        size = id;
        bits = new WordBits(unique);
    }

    /** How many words have a number: they are {@code 1..size()}. */
    int size() {
        return size;
    }

    /** The word's number, {@link #NONE} if it is not in the set. */
    int of(String word) {
        int h = word.hashCode();
        if (!bits.mayContainHash(h)) {
            return NONE;
        }
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(word)) {
                return ids[i];
            }
        }
        return NONE;
    }

    /** The numbers of the tokens' lower-case forms, in order. */
    int[] of(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(tokens.get(i).lower());
        }
        return out;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
