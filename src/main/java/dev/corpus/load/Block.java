package dev.corpus.load;

/**
 * One block of a page: a line of a text file or a block-level element of an HTML page. The classifier,
 * the article extractor and every later stage work on blocks, whichever path made them.
 *
 * @param index position in the page, 0-based
 * @param text the block's text normalized for analysis: NBSP and odd spaces to ' ', zero-width chars
 *     removed, whitespace runs collapsed, trimmed
 * @param offsets maps every char of {@code text} back to the decoded source
 */
public record Block(int index, String text, OffsetMap offsets, BlockKind kind, BlockHints hints) {

    /** Start char index in the decoded source. */
    public int start() {
        return offsets.sourceStart();
    }

    /** End char index (exclusive) in the decoded source. */
    public int end() {
        return offsets.sourceEnd();
    }
}
