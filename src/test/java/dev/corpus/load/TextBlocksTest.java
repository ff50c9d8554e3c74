package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    private static String slice(String source, Block b) {
        return source.substring(b.start(), b.end());
    }

    @Test
    void oneBlockPerNonEmptyLineWithBlankBeforeAndIndent() {
        String text = "Title\n\n  First para\nSecond line\n";
        List<Block> blocks = TextBlocks.split(text);
        assertEquals(3, blocks.size());
        assertEquals("Title", blocks.get(0).text());
        assertTrue(blocks.get(0).hints().blankBefore());
        assertEquals("First para", blocks.get(1).text());
        assertTrue(blocks.get(1).hints().blankBefore());
        assertEquals(2, blocks.get(1).hints().indent());
        assertFalse(blocks.get(2).hints().blankBefore());
        assertEquals(BlockKind.LINE, blocks.get(2).kind());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(i, blocks.get(i).index());
            assertEquals(blocks.get(i).text(), slice(text, blocks.get(i)).trim());
        }
    }

    @Test
    void crlfIsOneBreakAndOffsetsSkipIt() {
        String text = "one\r\ntwo\r\n\r\nthree\rfour";
        List<Block> blocks = TextBlocks.split(text);
        assertEquals(
                List.of("one", "two", "three", "four"),
                blocks.stream().map(Block::text).toList());
        assertFalse(blocks.get(1).hints().blankBefore());
        assertTrue(blocks.get(2).hints().blankBefore());
        assertEquals("two", slice(text, blocks.get(1)));
        assertEquals("four", slice(text, blocks.get(3)));
    }

    @Test
    void nbspAndOddSpacesBecomeOneSpaceMappedToTheFirst() {
        String text = "a\u00A0\u2009 b";
        Block b = TextBlocks.split(text).get(0);
        assertEquals("a b", b.text());
        assertEquals(1, b.offsets().source(1));
        assertEquals(4, b.offsets().source(2));
        assertEquals(5, b.end());
    }

    @Test
    void zeroWidthAndBidiCharsAreRemovedButOffsetsStillPointAtTheSource() {
        String text = "\u200Bab\u200Dc\u200E\u00AD";
        Block b = TextBlocks.split(text).get(0);
        assertEquals("abc", b.text());
        assertEquals(1, b.offsets().source(0));
        assertEquals(4, b.offsets().source(2));
        assertEquals(5, b.end());
    }

    @Test
    void trailingAndLeadingSpacesAreTrimmedFromTextAndSpan() {
        String text = "   word   \t\n";
        Block b = TextBlocks.split(text).get(0);
        assertEquals("word", b.text());
        assertEquals("word", slice(text, b));
        assertEquals(3, b.hints().indent());
    }

    @Test
    void surrogatePairsStayIntactAndEmojiJoinersAreKept() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String text = "x \uD83D\uDE00 " + family;
        Block b = TextBlocks.split(text).get(0);
        assertEquals(text, b.text());
        assertEquals(text.length(), b.end());
        for (int i = 0; i < b.text().length(); i++) {
            char c = b.text().charAt(i);
            if (Character.isLowSurrogate(c)) {
                assertEquals(b.offsets().source(i - 1) + 1, b.offsets().source(i));
            }
        }
    }

    @Test
    void whitespaceOnlyLinesCountAsBlank() {
        List<Block> blocks = TextBlocks.split("a\n \u00A0\u200B\nb");
        assertEquals(2, blocks.size());
        assertTrue(blocks.get(1).hints().blankBefore());
    }

    @Test
    void longLinesAreCutIntoBoundedBlocksWithoutSplittingSurrogates() {
        String text = "ab\uD83D\uDE00cd";
        List<Block> blocks = TextBlocks.split(text, 100, 3);
        assertEquals(
                "ab\uD83D\uDE00cd",
                String.join("", blocks.stream().map(Block::text).toList()));
        for (Block b : blocks) {
            assertFalse(Character.isLowSurrogate(b.text().charAt(0)));
        }
        assertEquals(2, TextBlocks.split("a\nb\nc\nd", 2, 100).size());
    }

    @Test
    void aOneCharLimitKeepsPairsWholeAndEnds() {
        // the step back before a low surrogate would make an empty chunk here, and the cut would never move on
        List<String> chunks = TextBlocks.split("a\uD83D\uDE00b", 100, 1).stream()
                .map(Block::text)
                .toList();
        assertEquals(List.of("a", "\uD83D\uDE00", "b"), chunks);
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertTrue(TextBlocks.split("").isEmpty());
        assertTrue(TextBlocks.split("\n\r\n  \n").isEmpty());
    }

    /**
     * Lines split out with the one-pass check for unchanged lines get the text and offsets that normalizing
     * their source range anew gives, on random lines of plain chars, spaces, odd spaces, removed chars and
     * breaks.
     */
    @Test
    void blocksAreTheirSourceRangeNormalized() {
        String alphabet = "abZ.  \u00A0\u200B\t\n\r\u2028é\u0001";
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String text = dev.corpus.testing.RandomText.of(random, alphabet, 40);
            for (Block b : TextBlocks.split(text)) {
                TextNormalizer.Normalized again = TextNormalizer.normalize(
                        text, b.offsets().sourceStart(), b.offsets().sourceEnd());
                assertEquals(again.text(), b.text(), text);
                assertEquals(again.offsets(), b.offsets(), text);
            }
        }
    }

    /**
     * Every char, alone and beside letters and spaces, splits as the plain way does it: lines cut at {@link
     * TextBlocks#isLineBreak}, each normalized anew and indented by its leading spaces and removed chars, which
     * the table of char kinds and the shortcuts for unchanged lines must not change.
     */
    @Test
    void everyCharSplitsAsTheLinesNormalizedOneByOne() {
        String[] contexts = {"%s", "a%sb", " %s", "a %s%s b", "\t%s\n%s"};
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String context : contexts) {
                String text = context.replace("%s", ch);
                List<Block> blocks = TextBlocks.split(text);
                List<Block> plain = splitPlainly(text);
                assertEquals(plain.size(), blocks.size(), "U+" + Integer.toHexString(c) + " in " + context);
                for (int k = 0; k < plain.size(); k++) {
                    assertEquals(plain.get(k).text(), blocks.get(k).text(), text);
                    assertEquals(plain.get(k).offsets(), blocks.get(k).offsets(), text);
                    assertEquals(plain.get(k).hints(), blocks.get(k).hints(), text);
                }
            }
        }
    }

    /** The blocks of short lines (no cut), with no shortcut: each line found char by char and normalized. */
    private static List<Block> splitPlainly(String text) {
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && !TextBlocks.isLineBreak(text.charAt(end))) {
                end++;
            }
            TextNormalizer.Normalized line = TextNormalizer.normalize(text, start, end);
            if (line.text().isEmpty()) {
                blankBefore = true;
            } else {
                int indent = 0;
                while (TextNormalizer.isSpace(text.charAt(start + indent))
                        || TextNormalizer.isRemoved(text.charAt(start + indent))) {
                    indent++;
                }
                BlockHints hints = BlockHints.text(blankBefore, indent);
                blocks.add(new Block(blocks.size(), line.text(), line.offsets(), BlockKind.LINE, hints));
                blankBefore = false;
            }
            boolean crlf = end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            start = end + (crlf ? 2 : 1);
        }
        return blocks;
    }
}
