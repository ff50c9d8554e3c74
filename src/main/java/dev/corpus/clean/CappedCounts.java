package dev.corpus.clean;

/**
 * In how many files each 64-bit key occurs, counted up to 2 (all the cleaner asks is "does this text occur
 * in another file too?"), in one flat {@code long[]} (open addressing, linear probing): 8 bytes a key, 63
 * bits of the mixed key and one bit for "seen twice". Not thread-safe.
 *
 * <p>Bounded: the table never grows beyond {@code maxSlots}. When a new key would overfill it, the table
 * keeps only a hash-chosen half of the keys (those whose top mixed bits are zero), and halves again if need
 * be; keys outside the kept share count as 0, i.e. unknown. The kept share depends only on the set of keys
 * seen, never on the order they came in, so a run's result does not depend on file order or thread count.
 */
final class CappedCounts {
    /** 4M slots, 32 MB: about 3 million distinct block texts before sampling starts. */
    static final int DEFAULT_MAX_SLOTS = 1 << 22;

    private static final long FREE = 0L;
    private static final long TWICE = 1L;
    /** Stands for a key whose stored form would be {@link #FREE}. */
    private static final long ZERO_KEY = 2L;

    private final int maxSlots;
    private long[] slots = new long[64];
    private int size;
    /** Keys kept: those whose top {@code level} mixed bits are zero (all when 0). */
    private int level;
    /** What {@link #prefetch} read, kept so that its loads are not dropped as unused. */
    private long prefetched;

    CappedCounts() {
        this(DEFAULT_MAX_SLOTS);
    }

    CappedCounts(int maxSlots) {
        if (Integer.bitCount(maxSlots) != 1 || maxSlots < 64) {
            throw new IllegalArgumentException("maxSlots must be a power of two >= 64, was " + maxSlots);
        }
        this.maxSlots = maxSlots;
    }

    /** Counts one more file with {@code key}. */
    void increment(long key) {
        long m = mix(key);
        if (!kept(m)) {
            return;
        }
        long stored = stored(m);
        int i = slot(slots, stored);
        if (slots[i] != FREE) {
            slots[i] |= TWICE;
            return;
        }
        if (overfull(size + 1)) {
            makeRoom();
            if (!kept(m)) {
                return;
            }
            i = slot(slots, stored);
        }
        slots[i] = stored;
        size++;
    }

    /**
     * Grows the table now, below its limit, so that {@code more} new keys fit without growing it again: a
     * caller that then counts them allocates nothing, and an {@link OutOfMemoryError} cannot strike halfway
     * through. At the limit nothing is reserved, since halving the kept share early would make it depend on
     * how the keys came in batches.
     */
    void reserve(int more) {
        while (slots.length < maxSlots && overfull(size + more)) {
            rehash(slots.length * 2);
        }
    }

    /**
     * Reads the first slot of each of {@code keys[0, size)}, and nothing else: a loop of independent loads, whose
     * cache misses in a table of megabytes overlap, where the look-ups of {@link #increment} and {@link #get}
     * that follow would each wait on its own miss in its probe loop. Changes no count.
     */
    void prefetch(long[] keys, int size) {
        long[] table = slots;
        int mask = table.length - 1;
        long any = 0;
        for (int k = 0; k < size; k++) {
            any |= table[(int) (stored(mix(keys[k])) >>> 1) & mask]; // the probe's first slot (see slot)
        }
        prefetched = any;
    }

    /** How many slots the table has now. */
    int capacity() {
        return slots.length;
    }

    /** 0, 1, or 2 for "two or more"; 0 also for keys outside the kept share. */
    int get(long key) {
        long m = mix(key);
        if (!kept(m)) {
            return 0;
        }
        long s = slots[slot(slots, stored(m))];
        return s == FREE ? 0 : (s & TWICE) != 0 ? 2 : 1;
    }

    /** How many keys are held. */
    int size() {
        return size;
    }

    /** 0 while every key is held; n when only one key in 2^n is. */
    int level() {
        return level;
    }

    private boolean kept(long m) {
        return level == 0 || (m >>> (64 - level)) == 0;
    }

    private boolean overfull(int keys) {
        return keys * 4L > slots.length * 3L;
    }

    /** Doubles the table, or when it is at its limit, keeps a smaller share of the keys. */
    private void makeRoom() {
        if (slots.length < maxSlots) {
            rehash(slots.length * 2);
            return;
        }
        while (overfull(size + 1)) {
            level++;
            rehash(slots.length);
        }
    }

    private void rehash(int length) {
        long[] old = slots;
        slots = new long[length];
        size = 0;
        for (long s : old) {
            if (s != FREE && kept(s)) {
                slots[slot(slots, s & ~TWICE)] = s;
                size++;
            }
        }
    }

    /** The mixed key without its flag bit, never {@link #FREE}. */
    private static long stored(long m) {
        long s = m & ~TWICE;
        return s == FREE ? ZERO_KEY : s;
    }

    /** The slot holding {@code stored}, or the free slot where it would go. */
    private static int slot(long[] slots, long stored) {
        int mask = slots.length - 1;
        int i = (int) (stored >>> 1) & mask; // low bits for the slot, high bits for the sampling
        while (slots[i] != FREE && (slots[i] & ~TWICE) != stored) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Spreads the bits (a bijection), so that similar keys neither share probe runs nor sampling fate. */
    private static long mix(long k) {
        long h = k * 0x9e3779b97f4a7c15L;
        return h ^ (h >>> 32);
    }
}
