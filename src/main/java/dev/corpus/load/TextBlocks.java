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
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            TextNormalizer.Normalized line = TextNormalizer.normalize(text, lineStart, lineEnd);
            if (line.text().isEmpty()) {
                blankBefore = true;
            } else {
                BlockHints hints = BlockHints.text(blankBefore, indentOf(text, lineStart, lineEnd));
                blocks.add(new Block(blocks.size(), line.text(), line.offsets(), BlockKind.LINE, hints));
                blankBefore = false;
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

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0085;
    }

    private static int indentOf(String text, int start, int end) {
        int i = start;
        while (i < end && TextNormalizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i - start;
    }
}
