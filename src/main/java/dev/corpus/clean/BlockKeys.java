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
    private final long[] hashes;
    /** The keys' word counts ({@link KeyBuffer#words}). */
    private final int[] words;
    /** Which blocks of the page share their key's hash. */
    private final EqualHashes repeats;

    private final int[] filesWith;

    private BlockKeys(String[] keys, long[] hashes, int[] words, CorpusProfile corpus) {
        this.keys = keys;
        this.hashes = hashes;
        this.words = words;
        this.repeats = EqualHashes.of(hashes, hashes.length);
        // All look-ups in one loop: a run's table is megabytes, and the look-ups' cache misses overlap here,
        // where one per block among the features' work would wait for each in turn.
        this.filesWith = new int[keys.length];
        corpus.prefetch(hashes, hashes.length);
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
        int[] words = new int[blocks.size()];
        KeyBuffer buffer = new KeyBuffer();
        for (int i = 0; i < keys.length; i++) {
            deadline.check();
            hashes[i] = buffer.hash(blocks.get(i).chars());
            keys[i] = buffer.key();
            words[i] = buffer.words();
        }
        return new BlockKeys(keys, hashes, words, corpus);
    }

    String key(int block) {
        return keys[block];
    }

    /** The {@link CorpusProfile#hash} of the block's key. */
    long hash(int block) {
        return hashes[block];
    }

    /** How many words the block's key has. */
    int words(int block) {
        return words[block];
    }

    /** {@link CorpusProfile#filesWith} of the block's key. */
    int filesWith(int block) {
        return filesWith[block];
    }

    /** How many blocks of the page have the key of {@code block}, itself included. */
    int repeats(int block) {
        return repeats.count(block);
    }
}
