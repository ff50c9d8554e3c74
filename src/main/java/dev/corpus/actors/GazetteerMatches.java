package dev.corpus.actors;

import org.jspecify.annotations.Nullable;

/**
 * The longest gazetteer form starting at a token of the block ("United Arab Emirates" before "United"), of
 * capitalized words only, and a one-word form only when it is written as an acronym or is longer than three
 * letters ("US" but not "Us"). The runs and their segments ask the same token again with other ends, so the
 * lengths tried are remembered per token.
 */
final class GazetteerMatches {
    private final Gazetteer gaz;
    private final BlockTokens w;
    /**
     * Per token, bit n - 1 set when the n tokens from it are a form {@link #longest} takes, known for the
     * lengths up to {@link #triedLengths}. Null when the gazetteer's forms are too long for the bits.
     */
    private final long @Nullable [] matchLengths;

    private final int[] triedLengths;
    /**
     * Per token, the last entry found from it and its length in tokens (0: none yet), made at the first: a run
     * and its segments ask a found name again ({@link #longest}, then its entry, then the run's shape), and a
     * hit is a look-up in the large table, where a miss mostly ends at its filter.
     */
    private Gazetteer.@Nullable Entry @Nullable [] hits;

    private int @Nullable [] hitLengths;

    GazetteerMatches(BlockTokens w, Gazetteer gaz) {
        this.gaz = gaz;
        this.w = w;
        matchLengths = gaz.maxTokens() <= 64 ? new long[w.size()] : null;
        triedLengths = new int[w.size()];
    }

    /** The entry of tokens [from, to), or null. */
    Gazetteer.@Nullable Entry entry(int from, int to) {
        int[] lengths = hitLengths;
        if (lengths != null && lengths[from] == to - from) {
            return hits[from];
        }
        if (to - from > 1 && !gaz.mayHaveKeyHash(w.keyHash(from, to))) {
            return null; // told from the tokens' hashes without making the key
        }
        Gazetteer.Entry g = gaz.lookup(w.key(from, to));
        if (g != null) {
            remember(from, to - from, g);
        }
        return g;
    }

    private void remember(int from, int length, Gazetteer.Entry g) {
        if (hitLengths == null) {
            hitLengths = new int[w.size()];
            hits = new Gazetteer.Entry[w.size()];
        }
        hitLengths[from] = length;
        hits[from] = g;
    }

    boolean startsAt(int i, int b) {
        return longest(i, b) > 0;
    }

    /** Length of the longest gazetteer form at i within [i, e), or 0. */
    int longest(int i, int e) {
        if (!w.is(i, BlockTokens.NAME)) {
            return 0;
        }
        long[] lengths = matchLengths;
        if (lengths == null) {
            return longestTried(i, e);
        }
        int limit = Math.min(gaz.maxTokens(), e - i);
        if (limit <= 0) {
            return 0;
        }
        if (limit > triedLengths[i]) {
            // the lengths not tried before
            long bits = lengths[i];
            for (int n = limit; n > triedLengths[i]; n--) {
                if (matches(i, n)) {
                    bits |= 1L << (n - 1);
                }
            }
            lengths[i] = bits;
            triedLengths[i] = limit;
        }
        long fits = lengths[i] & (limit == 64 ? -1L : (1L << limit) - 1);
        return 64 - Long.numberOfLeadingZeros(fits);
    }

    /** {@link #longest}, worked out: each length tried, the longest first. */
    private int longestTried(int i, int e) {
        for (int n = Math.min(gaz.maxTokens(), e - i); n >= 1; n--) {
            if (matches(i, n)) {
                return n;
            }
        }
        return 0;
    }

    /** Whether the n tokens from i are a gazetteer form that {@link #longest} takes. */
    private boolean matches(int i, int n) {
        if (!w.is(i + n - 1, BlockTokens.WORD) || !w.is(i + n - 1, BlockTokens.CAP) || entry(i, i + n) == null) {
            return false;
        }
        // "US" but not "Us"
        return n != 1 || w.text(i).replace(".", "").length() > 3 || w.is(i, BlockTokens.ALL_CAPS);
    }
}
