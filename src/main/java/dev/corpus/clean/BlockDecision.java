package dev.corpus.clean;

import dev.corpus.load.Block;

/**
 * What the cleaner decided about one block.
 *
 * @param kept whether the block is article text
 * @param reason why, in a few words users can read in {@code corpus strip --explain}
 * @param score the classifier's article score (positive: article-like)
 */
public record BlockDecision(Block block, boolean kept, String reason, double score) {
    /** The reason, at its end, of a block dropped only for lying outside the article region. */
    static final String OUTSIDE_ARTICLE = "outside the article";

    /**
     * Dropped as page furniture (for a clutter reason), not only for lying outside the article region: a block
     * outside the region may still be the article's header (a plain text's headline sits above the body).
     */
    public boolean droppedAsFurniture() {
        return !kept && !reason.contains(OUTSIDE_ARTICLE);
    }
}
