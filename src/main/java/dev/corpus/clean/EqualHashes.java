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

    private EqualHashes(int[] slots, int[] counts) {
        this.slots = slots;
        this.counts = counts;
    }

    /** The equal values among {@code hashes[0, size)}. */
    static EqualHashes of(long[] hashes, int size) {
        int mask = mask(size);
        long[] seen = new long[mask + 1];
        int[] counts = new int[mask + 1];
        int[] slots = new int[size];
        for (int k = 0; k < size; k++) {
            int i = slot(seen, counts, mask, hashes[k]);
            seen[i] = hashes[k];
            counts[i]++;
            slots[k] = i;
        }
        return new EqualHashes(slots, counts);
    }

    /**
     * The hashes of {@code hashes[0, size)}, each once, in the order first seen: as the table of {@link #of},
     * without the per-hash slots the counting keeps.
     */
    static long[] distinct(long[] hashes, int size) {
        int mask = mask(size);
        long[] seen = new long[mask + 1];
        int[] counts = new int[mask + 1];
        long[] distinct = new long[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            long h = hashes[k];
            int i = slot(seen, counts, mask, h);
            if (counts[i] == 0) {
                seen[i] = h;
                counts[i] = 1;
                distinct[n++] = h;
            }
        }
        return Arrays.copyOf(distinct, n);
    }

    /** The mask of a table at most half full. */
    private static int mask(int size) {
        return Integer.highestOneBit(Math.max(1, size)) * 4 - 1;
    }

    /** The slot holding {@code h}, or the free slot where it goes. */
    private static int slot(long[] seen, int[] counts, int mask, long h) {
        int i = (int) h & mask;
        while (counts[i] != 0 && seen[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** How many of the hashes equal hash {@code k}, itself included. */
    int count(int k) {
        return counts[slots[k]];
    }
}
