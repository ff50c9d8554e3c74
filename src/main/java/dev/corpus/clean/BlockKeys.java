package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.util.Deadline;
import java.util.List;

/**
 * The {@link Boilerplate#key} of every block of one page with its 64-bit {@link CorpusProfile#hash}, made in
 * one pass through a {@link KeyBuffer}, and what the corpus profile says of each key. The page's repeat counts
 * and the corpus look-ups use the hashes, so no key string is hashed again; collisions among a page's keys
 * are as negligible as among a run's.
 */
final class BlockKeys {
    private final String[] keys;
    /** Per block how many blocks of the page share its key's hash. */
    private final int[] repeats;

    private final int[] filesWith;

    private BlockKeys(String[] keys, long[] hashes, CorpusProfile corpus) {
        this.keys = keys;
        this.repeats = repeats(hashes);
        // All look-ups in one loop: a run's table is megabytes, and the look-ups' cache misses overlap here,
        // where one per block among the features' work would wait for each in turn.
        this.filesWith = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            filesWith[i] = corpus.filesWith(keys[i], hashes[i]);
        }
    }

    static BlockKeys of(List<Block> blocks, CorpusProfile corpus, Deadline deadline) {
        return ofWords(blocks.stream().map(b -> BlockWords.of(b.text())).toList(), corpus, deadline);
    }

    /**
     * As {@link #of}, from the blocks' words: their chars are copied into the key buffer as they are, where the
     * blocks' strings would be decoded again.
     */
    static BlockKeys ofWords(List<BlockWords> blocks, CorpusProfile corpus, Deadline deadline) {
        String[] keys = new String[blocks.size()];
        long[] hashes = new long[blocks.size()];
        KeyBuffer buffer = new KeyBuffer();
        for (int i = 0; i < keys.length; i++) {
            deadline.check();
            hashes[i] = buffer.hash(blocks.get(i).chars());
            keys[i] = buffer.key();
        }
        return new BlockKeys(keys, hashes, corpus);
    }

    String key(int block) {
        return keys[block];
    }

    /** {@link CorpusProfile#filesWith} of the block's key. */
    int filesWith(int block) {
        return filesWith[block];
    }

    /** How many blocks of the page have the key of {@code block}, itself included. */
    int repeats(int block) {
        return repeats[block];
    }

    /**
     * How many of {@code hashes} equal each, counted in an open-addressing table (at most half full) rather than
     * by sorting and searching them: one probe per block. The hashes are mixed, so their low bits make the slot.
     */
    private static int[] repeats(long[] hashes) {
        int size = Integer.highestOneBit(Math.max(1, hashes.length)) * 4;
        int mask = size - 1;
        long[] seen = new long[size];
        int[] counts = new int[size]; // 0: a free slot
        int[] slots = new int[hashes.length];
        for (int k = 0; k < hashes.length; k++) {
            long h = hashes[k];
            int i = (int) h & mask;
            while (counts[i] != 0 && seen[i] != h) {
                i = (i + 1) & mask;
            }
            seen[i] = h;
            counts[i]++;
            slots[k] = i;
        }
        for (int k = 0; k < slots.length; k++) {
            slots[k] = counts[slots[k]];
        }
        return slots;
    }
}
