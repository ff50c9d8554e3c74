package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TextBlocks.forEachBlock, which makes no blocks, against the blocks split makes of the same text: the same slices. */
class TextBlocksCharsTest {
    private static final String[] PIECES = RandomText.linePieces();

    @Test
    void theSliceOfEachBlockNormalizesToItsText() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.ofPieces(random, PIECES, 40);
            // small limits, so that long lines are cut and pages run out of blocks (down to one char, where a
            // surrogate pair makes a chunk of two)
            int maxBlocks = 1 + random.nextInt(8);
            int maxChars = 1 + random.nextInt(12);
            assertSame(text, maxBlocks, maxChars);
            assertSame(text, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
        }
    }

    @Test
    void craftedTexts() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String[] texts = {
            "",
            "\n",
            " \u200B \n\t",
            "Title\n\n  First para\nSecond line\n",
            "one\r\ntwo\r\n\r\nthree\rfour",
            "a\u00A0\u2009 b",
            "\u200Bab\u200Dc\u200E\u00AD",
            "x \uD83D\uDE00 " + family,
            "\uD83D\u200B\u200D\uDC68",
            "\uD83D\uDE00\u200B\u200D\uD83D\uDE00",
            "[AD] Read more (2) \u2026 \n\u00A9 2024 Site",
        };
        for (String text : texts) {
            for (int max = 2; max <= 12; max++) {
                assertSame(text, max, max);
            }
            assertSame(text, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS);
        }
    }

    private static void assertSame(String text, int maxBlocks, int maxChars) {
        List<String> split = TextBlocks.split(text, maxBlocks, maxChars).stream()
                .map(Block::text)
                .toList();
        List<String> walked = new ArrayList<>();
        int blocks = TextBlocks.forEachBlock(text, maxBlocks, maxChars, (chars, from, to) -> {
            String raw = new String(chars, from, to - from);
            walked.add(TextNormalizer.normalize(raw, 0, raw.length()).text());
            java.util.Arrays.fill(chars, from, to, '#'); // the receiver may overwrite them
        });
        String where = text + " / " + maxBlocks + " / " + maxChars;
        assertEquals(split, walked, where);
        assertEquals(split.size(), blocks, where);
    }
}
