package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.load.Page;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one run learned across its files: in how many files each block text occurs. Blocks that recur
 * across many pages of a run (menus, footers, "Most read" boxes of the same site) are clutter. Built in a
 * pre-pass over all inputs, so the result does not depend on file order or thread count. Immutable once
 * built; {@link #NONE} when corpus learning is off.
 */
public final class CorpusProfile {
    /** No corpus knowledge: every block counts as occurring in its own file only. */
    public static final CorpusProfile NONE = new CorpusProfile(Map.of(), 0);

    private final Map<Long, Integer> filesWith;
    private final int files;

    private CorpusProfile(Map<Long, Integer> filesWith, int files) {
        this.filesWith = filesWith;
        this.files = files;
    }

    /** How many files of the run contain a block with this text (0 when learning is off). */
    public int filesWith(String blockText) {
        return filesWith.getOrDefault(hash(Boilerplate.key(blockText)), 0);
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
        private final Map<Long, Integer> counts = new HashMap<>();
        private int files;

        public synchronized Builder add(Page page) {
            Set<Long> seen = new HashSet<>();
            for (Block b : page.blocks()) {
                String key = Boilerplate.key(b.text());
                if (!key.isEmpty()) {
                    seen.add(hash(key));
                }
            }
            for (Long h : seen) {
                counts.merge(h, 1, Integer::sum);
            }
            files++;
            return this;
        }

        public synchronized CorpusProfile build() {
            return new CorpusProfile(Map.copyOf(counts), files);
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
