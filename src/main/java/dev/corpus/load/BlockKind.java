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
    /** A table row: its cells' text, separated by spaces. */
    TABLE_ROW,
    CAPTION,
    /** Any other block-level text the HTML path found. */
    OTHER
}
