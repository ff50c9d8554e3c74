package dev.corpus.clean;

import java.util.Arrays;

/**
 * The equal values among a page's or a file's few block-key hashes, found with one small open-addressing table
 * (at most half full) rather than by sorting them: one probe per hash. The hashes are mixed ({@link
 * CorpusProfile#hash}), so their low bits make the slot.
 */
final class EqualHashes {
    /** Per hash, its slot in the table. */
    private final int[] slots;
    /** Per slot, how many of the hashes it holds; 0 for a free slot, so that any hash, 0 too, has one. */
    private final int[] counts;
    /** The distinct hashes in the order first seen. */
    private final long[] distinct;

    private EqualHashes(int[] slots, int[] counts, long[] distinct) {
        this.slots = slots;
        this.counts = counts;
        this.distinct = distinct;
    }

    /** The equal values among {@code hashes[0, size)}. */
    static EqualHashes of(long[] hashes, int size) {
        int mask = Integer.highestOneBit(Math.max(1, size)) * 4 - 1;
        long[] seen = new long[mask + 1];
        int[] counts = new int[mask + 1];
        int[] slots = new int[size];
        long[] distinct = new long[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            long h = hashes[k];
            int i = (int) h & mask;
            while (counts[i] != 0 && seen[i] != h) {
                i = (i + 1) & mask;
            }
            if (counts[i] == 0) {
                seen[i] = h;
                distinct[n++] = h;
            }
            counts[i]++;
            slots[k] = i;
        }
        return new EqualHashes(slots, counts, Arrays.copyOf(distinct, n));
    }

    /** How many of the hashes equal hash {@code k}, itself included. */
    int count(int k) {
        return counts[slots[k]];
    }

    /** The hashes, each once, in the order first seen. */
    long[] distinct() {
        return distinct.clone();
    }
}
