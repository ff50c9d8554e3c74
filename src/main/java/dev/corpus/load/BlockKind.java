package dev.corpus.load;

/** What kind of block the markup (or, for text, the layout) says this is. */
public enum BlockKind {
    /** A line of plain text (text inputs: one block per non-empty line). */
    LINE,
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    PREFORMATTED,
    TABLE_CELL,
    CAPTION,
    /** Any other block-level text the HTML path found. */
    OTHER
}
