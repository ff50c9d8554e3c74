package dev.corpus.clean;

import dev.corpus.load.Page;

/**
 * What one run learned across its files: in how many files each block text occurs. Blocks that recur
 * across many pages of a run (menus, footers, "Most read" boxes of the same site) are clutter. Built in a
 * pre-pass over all inputs, so the result does not depend on file order or thread count. Immutable once
 * built; {@link #NONE} when corpus learning is off.
 */
public final class CorpusProfile {
    /** No corpus knowledge: every block counts as occurring in its own file only. */
    public static final CorpusProfile NONE = new CorpusProfile(new LongCounts(), 0);

    private final LongCounts filesWith;
    private final int files;

    private CorpusProfile(LongCounts filesWith, int files) {
        this.filesWith = filesWith;
        this.files = files;
    }

    /** How many files of the run contain a block whose {@link Boilerplate#key} is {@code key} (0 when off). */
    int filesWith(String key) {
        return files == 0 || key.isEmpty() ? 0 : filesWith.get(hash(key));
    }

    /** How many distinct block texts the profile holds. */
    public int texts() {
        return filesWith.size();
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
        private final LongCounts counts = new LongCounts();
        private int files;

        public Builder add(Page page) {
            // Keys and hashes outside the lock: only the counting is shared.
            long[] hashes = page.blocks().stream()
                    .map(b -> Boilerplate.key(b.text()))
                    .filter(k -> !k.isEmpty())
                    .mapToLong(CorpusProfile::hash)
                    .distinct()
                    .toArray();
            synchronized (this) {
                for (long h : hashes) {
                    counts.increment(h);
                }
                files++;
            }
            return this;
        }

        public synchronized CorpusProfile build() {
            return new CorpusProfile(counts.copy(), files);
        }
    }

    /** 64-bit FNV-1a: collisions among a run's block texts are negligible at this width. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
