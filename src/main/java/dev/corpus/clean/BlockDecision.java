package dev.corpus.clean;

import dev.corpus.load.Block;

/**
 * What the cleaner decided about one block.
 *
 * @param kept whether the block is article text
 * @param reason why, in a few words users can read in {@code corpus strip --explain}
 * @param score the classifier's article score (positive: article-like)
 */
public record BlockDecision(Block block, boolean kept, String reason, double score) {}
