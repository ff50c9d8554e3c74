package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Block;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlBlocks#forEachBlock} (the corpus-learning pre-pass: untracked parse, raw chars) hands over the
 * blocks {@link HtmlBlocks#extract} makes: as many, and each one's raw chars normalize to the block's text.
 */
class HtmlBlocksRawCharsTest {
    /** Text with the chars normalizing and the keys treat specially, between the markup fragments. */
    private static final List<String> TEXT = List.of(
            "Word", "two words", "\u00A0", "\u200B", "\u200D", "\u00AD", "\u0001", "\uD83D\uDE00", "\u2019", "(x)");

    @Test
    void randomPagesGiveTheBlocksOfExtract() {
        Random random = new Random(11);
        List<String> pieces = new ArrayList<>(SourceSpansFuzzTest.FRAGMENTS);
        pieces.addAll(TEXT);
        int withBlocks = 0;
        for (int n = 0; n < 4000; n++) {
            String html = RandomPages.of(random, "", pieces, 40);
            // small limits in some rounds, so that over-long blocks are split and the walk stops early
            boolean small = random.nextInt(3) == 0;
            int maxBlocks = small ? 1 + random.nextInt(4) : LoadOptions.MAX_BLOCKS;
            int maxBlockChars = small ? 1 + random.nextInt(12) : LoadOptions.MAX_BLOCK_CHARS;
            withBlocks += assertSameBlocks(html, maxBlocks, maxBlockChars) > 0 ? 1 : 0;
        }
        assertTrue(withBlocks > 1000, "most pages have blocks: " + withBlocks);
    }

    @Test
    void htmlFixturesGiveTheBlocksOfExtract() throws IOException {
        List<Path> pages = RandomPages.fixtures();
        assertTrue(!pages.isEmpty());
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(assertSameBlocks(html, LoadOptions.MAX_BLOCKS, LoadOptions.MAX_BLOCK_CHARS) > 0, page::toString);
            assertSameBlocks(html, 3, 20);
        }
    }

    /** Asserts both ways give the same blocks; returns how many. */
    private static int assertSameBlocks(String html, int maxBlocks, int maxBlockChars) {
        List<String> expected = HtmlBlocks.extract(HtmlBlocks.parse(html), html, maxBlocks, maxBlockChars).stream()
                .map(Block::text)
                .toList();
        List<String> actual = new ArrayList<>();
        int count = HtmlBlocks.forEachBlock(
                Parser.htmlParser().parseInput(html, ""), maxBlocks, maxBlockChars, (chars, from, to) -> {
                    String raw = new String(chars, from, to - from);
                    actual.add(TextNormalizer.normalize(raw, 0, raw.length()).text());
                });
        assertEquals(expected, actual, html);
        assertEquals(expected.size(), count, html);
        return count;
    }
}
