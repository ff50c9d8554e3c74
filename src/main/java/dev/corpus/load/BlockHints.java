package dev.corpus.load;

/**
 * What the input's structure says about a block, as evidence for the classifier. Text inputs know only
 * the layout (blank lines, indentation); HTML inputs also know tags, links and containers.
 *
 * @param tag the HTML element that holds the block ("p", "h1", "li", ...), or "" for text
 * @param headingLevel 1..6 for h1..h6, else 0
 * @param linkChars how many of the block's chars are inside links (HTML only)
 * @param inArticle inside article, main or an articleBody container (HTML only)
 * @param inChrome inside nav, header, footer, aside, form or a menu-like container (HTML only)
 * @param blankBefore a blank line (text) or a block boundary with vertical space precedes this block
 * @param indent leading spaces or list nesting depth
 * @param containerHint lowercased class and id words of the nearest containers ("share", "comments")
 * @param containers the block-level elements that hold the block, outermost first (HTML only)
 */
public record BlockHints(
        String tag,
        int headingLevel,
        int linkChars,
        boolean inArticle,
        boolean inChrome,
        boolean blankBefore,
        int indent,
        String containerHint,
        ContainerPath containers) {

    private static final int SHARED_INDENTS = 16;

    /** The hints of text lines indented less than {@link #SHARED_INDENTS}, [blankBefore ? 1 : 0][indent]. */
    private static final BlockHints[][] SHARED = sharedTextHints();

    /** A text line's hints; the common ones are shared instances, as a page has a line per block. */
    public static BlockHints text(boolean blankBefore, int indent) {
        if (indent >= 0 && indent < SHARED_INDENTS) {
            return SHARED[blankBefore ? 1 : 0][indent];
        }
        return newText(blankBefore, indent);
    }

    private static BlockHints newText(boolean blankBefore, int indent) {
        return new BlockHints("", 0, 0, false, false, blankBefore, indent, "", ContainerPath.NONE);
    }

    private static BlockHints[][] sharedTextHints() {
        BlockHints[][] shared = new BlockHints[2][SHARED_INDENTS];
        for (int indent = 0; indent < SHARED_INDENTS; indent++) {
            shared[0][indent] = newText(false, indent);
            shared[1][indent] = newText(true, indent);
        }
        return shared;
    }
}
