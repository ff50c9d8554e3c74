package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.nlp.Words;
import java.util.List;

/**
 * Where the words ({@link Words#bounds}) of each block of a page are, as the cleaner found them: the article
 * stage reads the same blocks' words again (header lines, the body's opening), and need not scan them twice.
 * Read-only once made; the arrays are never handed out.
 */
public final class WordBounds {
    /** Word k of block i is {@code text.substring(bounds[i][2k], bounds[i][2k + 1])}. */
    private final int[][] bounds;

    WordBounds(int[][] bounds) {
        this.bounds = bounds;
    }

    /** The bounds of each block's words, scanned afresh (for blocks the cleaner did not read). */
    public static WordBounds of(List<Block> blocks) {
        return ofTexts(blocks.stream().map(Block::text).toList());
    }

    /** The bounds of the words of each text, as of the blocks with these texts. */
    public static WordBounds ofTexts(List<String> texts) {
        int[][] bounds = new int[texts.size()][];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = Words.bounds(texts.get(i));
        }
        return new WordBounds(bounds);
    }

    /** How many words block {@code block} has ({@link Words#count} of its text). */
    public int count(int block) {
        return bounds[block].length / 2;
    }

    /** Where word {@code k} of block {@code block} starts in its text. */
    public int start(int block, int k) {
        return bounds[block][2 * k];
    }

    /** Where word {@code k} of block {@code block} ends in its text (exclusive). */
    public int end(int block, int k) {
        return bounds[block][2 * k + 1];
    }
}
