package dev.corpus.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into blocks: one per non-empty line. Copied pages put each paragraph, menu entry and
 * headline on its own line, so a line is the unit at which article and clutter separate.
 */
public final class TextBlocks {
    private TextBlocks() {}

    public static List<Block> split(String text) {
        return split(text, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
    }

    static List<Block> split(String text, int maxBlocks, int maxBlockChars) {
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n && blocks.size() < maxBlocks) {
            // One pass finds the line's end and whether normalizing would leave it as it is, as it would most
            // lines of a copied page (TextNormalizer.unchanged): no odd char, no space at an end or doubled.
            int lineEnd = lineStart;
            boolean plain = true;
            boolean afterSpace = true;
            for (char c; lineEnd < n && !isLineBreak(c = text.charAt(lineEnd)); lineEnd++) {
                if (c == ' ') {
                    plain &= !afterSpace;
                    afterSpace = true;
                } else {
                    plain &= TextNormalizer.isPlain(c);
                    afterSpace = false;
                }
            }
            plain &= !afterSpace;
            int indent = indentOf(text, lineStart, lineEnd);
            int before = blocks.size();
            // A hostile single-line file must not become one giant block: cut long lines into pieces.
            for (int from = lineStart; from < lineEnd && blocks.size() < maxBlocks; ) {
                int to = chunkEnd(text, from, lineEnd, maxBlockChars);
                TextNormalizer.Normalized line = plain && from == lineStart && to == lineEnd
                        ? TextNormalizer.unchangedSlice(text, from, to)
                        : TextNormalizer.normalize(text, from, to);
                if (!line.text().isEmpty()) {
                    BlockHints hints = BlockHints.text(blankBefore, from == lineStart ? indent : 0);
                    blocks.add(new Block(blocks.size(), line.text(), line.offsets(), BlockKind.LINE, hints));
                    blankBefore = false;
                }
                from = to;
            }
            if (blocks.size() == before) {
                blankBefore = true;
            }
            if (lineEnd >= n) {
                break;
            }
            // \r\n counts as one break
            lineStart = lineEnd
                    + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return blocks;
    }

    private static int chunkEnd(String text, int from, int lineEnd, int max) {
        if (lineEnd - from <= max) {
            return lineEnd;
        }
        int to = from + max;
        if (Character.isLowSurrogate(text.charAt(to)) && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isLineBreak(char c) {
        if (c <= '\r') {
            return c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
        // two comparisons for the common case, a char between the control chars and NEL
        return c >= 0x0085 && (c == 0x0085 || c == 0x2028 || c == 0x2029);
    }

    /** Leading blank chars; a tab counts as one, as the file gives no tab width. */
    private static int indentOf(String text, int start, int end) {
        int i = start;
        while (i < end && (TextNormalizer.isSpace(text.charAt(i)) || TextNormalizer.isRemoved(text.charAt(i)))) {
            i++;
        }
        return i - start;
    }
}
