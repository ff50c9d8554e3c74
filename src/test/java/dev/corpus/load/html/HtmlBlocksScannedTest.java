package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page parsed without tracking (scanned spans, verbatim text nodes not aligned again) gives the blocks of the
 * tracked parse, which aligns every text node: texts, offsets and hints alike.
 */
class HtmlBlocksScannedTest {
    private static final List<String> TEXT =
            List.of("Word", "two  words", "\u00A0", "x\u200By", "\uD83D\uDE00", "\u2019", "a\r\nb", "long ".repeat(9));

    @Test
    void randomPagesGiveTheBlocksOfTheTrackedParse() {
        Random random = new Random(17);
        List<String> pieces = new ArrayList<>(SourceSpansFuzzTest.FRAGMENTS);
        pieces.addAll(TEXT);
        int scanned = 0;
        for (int n = 0; n < 3000; n++) {
            String html = RandomPages.of(random, "", pieces, 40);
            // small limits in some rounds, so that over-long blocks split inside a text node
            boolean small = random.nextInt(3) == 0;
            scanned += assertSameBlocks(html, small ? 1 + random.nextInt(4) : 1000, small ? 3 : 5000) ? 1 : 0;
        }
        assertTrue(scanned > 500, "the scan is used for a good share: " + scanned);
    }

    @Test
    void htmlFixturesGiveTheBlocksOfTheTrackedParse() throws IOException {
        List<Path> pages = RandomPages.fixtures();
        assertTrue(!pages.isEmpty());
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertSameBlocks(html, 1000, 5000);
            assertSameBlocks(html, 5, 20);
        }
    }

    /**
     * A block that is one run of its source, spaces at its ends aside, is that slice mapped one to one; its link
     * chars are counted without the per-char flags a block with other chars needs.
     */
    @Test
    void runsOfTheSourceGiveTheTrackedBlocks() {
        String html = "<ul><li><a href=x> Home </a></li><li>\n  Plain  text\n</li>"
                + "<li>a <a href=y>b</a></li><li> x\u00A0y </li></ul>";
        List<Block> blocks = HtmlBlocks.extract(ParsedHtml.parse(html), html, 1000, 5000);
        assertEquals(HtmlBlocks.extract(ParsedHtml.tracked(html), html, 1000, 5000), blocks);
        assertEquals(
                List.of("Home", "Plain text", "a b", "x y"),
                blocks.stream().map(Block::text).toList());
        assertEquals(
                List.of(4, 0, 1, 0),
                blocks.stream().map(b -> b.hints().linkChars()).toList());
        Block home = blocks.get(0);
        assertEquals(html.indexOf("Home"), home.start());
        assertEquals(html.indexOf("Home") + 4, home.offsets().source(4));
    }

    /**
     * Asserts the scanned and the tracked parse give equal blocks; returns whether the page was scanned. A scanned
     * page's blocks are those its parse made in the walk that checked the scan, and a walk of their own over the
     * same nodes (the plain form) gives them too.
     */
    private static boolean assertSameBlocks(String html, int maxBlocks, int maxBlockChars) {
        ParsedHtml page = ParsedHtml.parse(html, maxBlocks, maxBlockChars);
        boolean scanned = page.spans != SourceSpans.TRACKED;
        List<Block> tracked = HtmlBlocks.extract(ParsedHtml.tracked(html), html, maxBlocks, maxBlockChars);
        assertEquals(tracked, HtmlBlocks.extract(page, html, maxBlocks, maxBlockChars), html);
        assertNull(page.takeBlocks(html, maxBlocks, maxBlockChars), "extract took the parse's blocks");
        assertEquals(tracked, HtmlBlocks.walk(page, html, maxBlocks, maxBlockChars), html);
        return scanned;
    }
}
