package dev.corpus.load;

import dev.corpus.util.Validate;

/**
 * Bounds on what the loader reads. Input files are hostile: every limit here applies before any parsing.
 *
 * @param maxBytes files larger than this yield a {@code too-large} error without being read
 */
public record LoadOptions(long maxBytes) {
    /** 32 MiB: far above any real article, small enough to keep many threads within a modest heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /** Most blocks one page yields; the rest of a hostile page is dropped rather than exhaust memory. */
    public static final int MAX_BLOCKS = 100_000;

    /** Longest raw slice one block covers; longer lines or elements continue in further blocks. */
    public static final int MAX_BLOCK_CHARS = 100_000;

    public static final LoadOptions DEFAULTS = new LoadOptions(DEFAULT_MAX_BYTES);

    public LoadOptions {
        Validate.isTrue(maxBytes > 0, "maxBytes must be > 0");
    }
}
