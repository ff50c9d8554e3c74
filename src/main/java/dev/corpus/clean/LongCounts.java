package dev.corpus.clean;

import java.util.Arrays;

/**
 * Counts per 64-bit key in two flat arrays (open addressing, linear probing): about 12 bytes a key
 * instead of the ~80 of a {@code HashMap<Long, Integer>}, so a profile of millions of block texts stays
 * small. Not thread-safe.
 */
final class LongCounts {
    /** Marks a free slot; the key 0 is stored as {@link #ZERO_KEY} instead. */
    private static final long FREE = 0L;

    private static final long ZERO_KEY = 0x9e3779b97f4a7c15L;

    private long[] keys = new long[64];
    private int[] counts = new int[64];
    private int size;

    /** Adds one to the count of {@code key}. */
    void increment(long key) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        long k = key == FREE ? ZERO_KEY : key;
        int i = slot(keys, k);
        if (keys[i] == FREE) {
            keys[i] = k;
            size++;
        }
        if (counts[i] < Integer.MAX_VALUE) {
            counts[i]++;
        }
    }

    int get(long key) {
        long k = key == FREE ? ZERO_KEY : key;
        int i = slot(keys, k);
        return keys[i] == FREE ? 0 : counts[i];
    }

    int size() {
        return size;
    }

    LongCounts copy() {
        LongCounts c = new LongCounts();
        c.keys = Arrays.copyOf(keys, keys.length);
        c.counts = Arrays.copyOf(counts, counts.length);
        c.size = size;
        return c;
    }

    /** The slot holding {@code k}, or the free slot where it would go. */
    private static int slot(long[] keys, long k) {
        int mask = keys.length - 1;
        int i = (int) mix(k) & mask;
        while (keys[i] != FREE && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    /** Spreads the bits so that keys differing only in their high bits do not share a probe run. */
    private static long mix(long k) {
        long h = k * 0x9e3779b97f4a7c15L;
        return h ^ (h >>> 32);
    }
}
