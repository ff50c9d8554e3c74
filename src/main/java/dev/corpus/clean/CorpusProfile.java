package dev.corpus.clean;

import dev.corpus.load.Page;
import dev.corpus.load.TextBlocks;
import dev.corpus.load.TextNormalizer;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * What one run learned across its files: whether each block text occurs in more than one file. Blocks that
 * recur across many pages of a run (menus, footers, "Most read" boxes of the same site) are clutter. Built
 * in a pre-pass over all inputs, so the result does not depend on file order or thread count. Immutable
 * once built; {@link #NONE} when corpus learning is off.
 *
 * <p>Memory is bounded however many files a run has: only 64-bit hashes are kept, in a capped table (see
 * {@link CappedCounts}); past about three million distinct block texts, a hash-chosen share of them is
 * tracked and the others are judged as without corpus learning.
 */
public final class CorpusProfile {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** No corpus knowledge: every block counts as occurring in its own file only. */
    public static final CorpusProfile NONE = new CorpusProfile(new CappedCounts(64), 0);

    private final CappedCounts filesWith;
    private final int files;

    private CorpusProfile(CappedCounts filesWith, int files) {
        this.filesWith = filesWith;
        this.files = files;
    }

    /**
     * How many files of the run contain a block whose {@link Boilerplate#key} is {@code key}, counted up to 2
     * (0 when off, or when the key is outside the tracked share of a very large run).
     */
    int filesWith(String key) {
        return filesWith(key, hash(key));
    }

    /** As {@link #filesWith(String)}, for a key whose {@link #hash} the caller has. */
    int filesWith(String key, long keyHash) {
        return files == 0 || key.isEmpty() ? 0 : filesWith.get(keyHash);
    }

    /**
     * Brings the table's slots of {@code hashes[0, size)} into the cache before they are looked up one by one
     * (see {@link CappedCounts#prefetch}).
     */
    void prefetch(long[] hashes, int size) {
        if (files != 0) {
            filesWith.prefetch(hashes, size);
        }
    }

    /** How many distinct block texts the profile holds. */
    public int texts() {
        return filesWith.size();
    }

    /** 0 while every block text is tracked; n when one in 2^n is (see {@link CappedCounts}). */
    public int sampling() {
        return filesWith.level();
    }

    /** How many files the profile was built from. */
    public int files() {
        return files;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects block texts file by file; thread-safe, and the result is independent of call order. */
    public static final class Builder {
        private final CappedCounts counts;
        private int files;
        private boolean built;

        Builder() {
            this(CappedCounts.DEFAULT_MAX_SLOTS);
        }

        /** @param maxSlots the table's limit (a power of two), small in tests */
        Builder(int maxSlots) {
            this.counts = new CappedCounts(maxSlots);
        }

        /** Counts the page's block keys, once each; a page without blocks is not counted as a file. */
        public Builder add(Page page) {
            if (page.blocks().isEmpty()) {
                return this;
            }
            // Keys and hashes outside the lock: only the counting is shared.
            KeyHashes hashes = new KeyHashes(page.blocks().size());
            KeyBuffer key = new KeyBuffer();
            for (var b : page.blocks()) {
                long h = key.hash(b.text());
                if (key.length() > 0) {
                    hashes.add(h);
                }
            }
            return count(hashes);
        }

        /**
         * As {@link #add} of the page {@link TextBlocks#split} makes of a plain text, from the text's lines as
         * they are: the same keys, without making the blocks (see {@link TextBlocks#forEachBlock}).
         */
        public Builder addText(String text) {
            return addText(text.toCharArray(), text.length());
        }

        /** As {@link #addText(String)} of the text {@code chars[0, length)}, which it only reads. */
        public Builder addText(char[] chars, int length) {
            LineKeys keys = new LineKeys();
            int blocks = TextBlocks.forEachBlock(chars, length, keys);
            return blocks == 0 ? this : count(keys.hashes);
        }

        /**
         * As {@link #add} of a page whose blocks' raw chars {@code walk} hands to its sink, not normalized, and
         * whose block count it returns (see {@link TextBlocks#forEachBlock}): the keys skip what normalizing
         * removes and take every space for a word break, so raw chars give the keys of the blocks' texts.
         */
        public Builder addBlocks(ToIntFunction<TextBlocks.BlockChars> walk) {
            KeyHashes hashes = new KeyHashes(16);
            KeyBuffer key = new KeyBuffer();
            int blocks = walk.applyAsInt((chars, from, to) -> {
                long h = key.rewrite(chars, from, to);
                if (key.length() > 0) {
                    hashes.add(h);
                }
            });
            return blocks == 0 ? this : count(hashes);
        }

        /** Counts one more file with each of {@code hashes}. */
        private Builder count(KeyHashes hashes) {
            // Each distinct hash once, in the order first seen, which is as good as any: the counts do not
            // depend on the order they come in.
            long[] distinct = hashes.distinct();
            synchronized (this) {
                if (built) {
                    throw new IllegalStateException("the profile is already built");
                }
                // The room first: should the heap run out, it does so before any of this file's keys is counted,
                // and the pre-pass's retry of the file does not count them twice.
                counts.reserve(distinct.length);
                counts.prefetch(distinct, distinct.length);
                for (long h : distinct) {
                    counts.increment(h);
                }
                files++;
            }
            return this;
        }

        /** The profile; hands the table over rather than copying it, so the builder is done. */
        public synchronized CorpusProfile build() {
            built = true;
            return new CorpusProfile(counts, files);
        }
    }

    /**
     * Keys each block of a plain text as it finds the block's end ({@link KeyBuffer#rewriteLine}): one pass over
     * each line's chars.
     */
    private static final class LineKeys implements TextBlocks.LineReader {
        final KeyHashes hashes = new KeyHashes(64);
        private final KeyBuffer key = new KeyBuffer();
        private boolean blank;

        @Override
        public int read(char[] chars, int from, int limit) {
            long h = key.rewriteLine(chars, from, limit);
            int end = key.end();
            blank = false;
            if (key.length() > 0) {
                hashes.add(h);
            } else {
                // digits or punctuation make a block of no key; only blank chars make none
                blank = TextNormalizer.isBlank(chars, from, end);
            }
            return end;
        }

        @Override
        public boolean blank() {
            return blank;
        }
    }

    /** The key hashes of one file, collected outside the builder's lock. */
    static final class KeyHashes {
        private long[] hashes;
        private int size;

        KeyHashes(int capacity) {
            hashes = new long[Math.max(capacity, 1)];
        }

        void add(long hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * size);
            }
            hashes[size++] = hash;
        }

        /** The hashes, each once, in the order first added. */
        long[] distinct() {
            return EqualHashes.distinct(hashes, size);
        }
    }

    /**
     * A 64-bit hash: collisions among a run's block texts are negligible at this width. FNV-1a in four lanes
     * (char i goes to lane i mod 4, the tail to lane 0), whose multiply chains run side by side where one chain
     * waits for each multiply in turn, then mixed into one (MurmurHash3's finalizer). Nothing keeps it beyond a
     * run, so it may change.
     */
    static long hash(String key) {
        return hash(key.toCharArray(), 0, key.length());
    }

    /** The {@link #hash(String)} of {@code chars[from, to)}. */
    public static long hash(char[] chars, int from, int to) {
        long h0 = FNV_OFFSET;
        long h1 = FNV_OFFSET + 1;
        long h2 = FNV_OFFSET + 2;
        long h3 = FNV_OFFSET + 3;
        int i = from;
        for (; i + 3 < to; i += 4) {
            h0 = (h0 ^ chars[i]) * FNV_PRIME;
            h1 = (h1 ^ chars[i + 1]) * FNV_PRIME;
            h2 = (h2 ^ chars[i + 2]) * FNV_PRIME;
            h3 = (h3 ^ chars[i + 3]) * FNV_PRIME;
        }
        for (; i < to; i++) {
            h0 = (h0 ^ chars[i]) * FNV_PRIME;
        }
        long h = h0 ^ Long.rotateLeft(h1, 16) ^ Long.rotateLeft(h2, 32) ^ Long.rotateLeft(h3, 48) ^ (to - from);
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
