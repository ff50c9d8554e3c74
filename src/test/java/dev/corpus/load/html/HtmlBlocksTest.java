package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Block;
import dev.corpus.load.BlockKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {

    private static List<Block> blocks(String html) {
        return HtmlBlocks.extract(HtmlBlocks.parse(html), html);
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static void assertOffsetsSane(String html, List<Block> blocks) {
        int previous = 0;
        for (Block b : blocks) {
            assertTrue(b.start() >= previous, "blocks in source order");
            for (int i = 1; i <= b.offsets().length(); i++) {
                assertTrue(b.offsets().source(i) >= b.offsets().source(i - 1), "monotonic");
            }
            assertTrue(b.end() <= html.length());
            previous = b.start();
        }
    }

    @Test
    void blockElementsBecomeBlocksWithKindsAndExactOffsets() {
        String html = "<html><head><title>T</title></head><body>"
                + "<h2>Sub <b>head</b></h2>\n<p>First  para with <a href=x>a link</a>.</p>"
                + "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>"
                + "<blockquote><p>Quoted words</p></blockquote><pre>code  here</pre>"
                + "<table><caption>Cap</caption><tr><td>cell</td><th>hdr</th></tr></table>"
                + "<figure><figcaption>Fig</figcaption></figure><dl><dt>term</dt><dd>def</dd></dl>"
                + "</body></html>";
        List<Block> blocks = blocks(html);
        assertEquals(
                List.of(
                        "Sub head",
                        "First para with a link.",
                        "one",
                        "two",
                        "nested",
                        "Quoted words",
                        "code here",
                        "Cap",
                        "cell hdr",
                        "Fig",
                        "term",
                        "def"),
                texts(blocks));
        Block h2 = blocks.get(0);
        assertEquals(BlockKind.HEADING, h2.kind());
        assertEquals(2, h2.hints().headingLevel());
        assertEquals("h2", h2.hints().tag());
        assertEquals("Sub <b>head", html.substring(h2.start(), h2.end()));
        Block p = blocks.get(1);
        assertEquals(BlockKind.PARAGRAPH, p.kind());
        assertEquals("a link".length(), p.hints().linkChars());
        assertTrue(p.hints().blankBefore());
        assertEquals("First  para with <a href=x>a link</a>.", html.substring(p.start(), p.end()));
        // Each normalized char points at the same char in the source.
        for (int i = 0; i < p.text().length(); i++) {
            if (p.text().charAt(i) != ' ') {
                assertEquals(p.text().charAt(i), html.charAt(p.offsets().source(i)));
            }
        }
        assertEquals(BlockKind.LIST_ITEM, blocks.get(2).kind());
        assertEquals(1, blocks.get(2).hints().indent());
        assertEquals(2, blocks.get(4).hints().indent());
        assertEquals(BlockKind.QUOTE, blocks.get(5).kind());
        assertEquals(BlockKind.PREFORMATTED, blocks.get(6).kind());
        assertEquals(BlockKind.CAPTION, blocks.get(7).kind());
        assertEquals(BlockKind.TABLE_ROW, blocks.get(8).kind());
        assertEquals("tr", blocks.get(8).hints().tag());
        assertEquals(BlockKind.CAPTION, blocks.get(9).kind());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(i, blocks.get(i).index());
        }
        assertOffsetsSane(html, blocks);
    }

    @Test
    void entitiesMapToTheirSourceSpan() {
        String html = "<p>Fish &amp; chips &#8211; caf&eacute;&nbsp;now</p>";
        Block b = blocks(html).get(0);
        assertEquals("Fish & chips – café now", b.text());
        assertEquals("Fish &amp; chips &#8211; caf&eacute;&nbsp;now", html.substring(b.start(), b.end()));
        int amp = b.text().indexOf('&');
        assertEquals(html.indexOf("&amp;"), b.offsets().source(amp));
        int e = b.text().indexOf('é');
        assertEquals(html.indexOf("&eacute;"), b.offsets().source(e));
    }

    @Test
    void containerTextOutsideChildBlocksAndDoubleBrSplitParagraphs() {
        String html = "<div>Lead text<p>inner</p>tail text</div><div>line one<br>line two<br><br>next para</div>";
        List<Block> blocks = blocks(html);
        assertEquals(List.of("Lead text", "inner", "tail text", "line one line two", "next para"), texts(blocks));
        assertEquals("div", blocks.get(0).hints().tag());
        assertEquals(BlockKind.OTHER, blocks.get(0).kind());
        assertEquals(
                "tail text", html.substring(blocks.get(2).start(), blocks.get(2).end()));
        assertEquals(
                "next para", html.substring(blocks.get(4).start(), blocks.get(4).end()));
        assertOffsetsSane(html, blocks);
    }

    @Test
    void hiddenAndNonContentElementsAreSkipped() {
        String html = "<head><style>p{}</style><title>t</title></head><body>"
                + "<script>var x = '<p>no</p>';</script><noscript>enable js</noscript>"
                + "<p hidden>hidden attr</p><div aria-hidden=\"true\">aria</div>"
                + "<p style=\"color:red; DISPLAY : none\">css hidden</p><p style=\"visibility:hidden\">vis</p>"
                + "<template><p>tpl</p></template><svg><text>svg text</text></svg><iframe>frame</iframe>"
                + "<p>visible</p></body>";
        assertEquals(List.of("visible"), texts(blocks(html)));
    }

    @Test
    void articleChromeAndContainerHints() {
        String html = "<body><nav class=\"Main-Nav\"><a href=/>Home</a></nav>"
                + "<article><header><h1>Title</h1></header><div class=\"story-body\"><p>Body</p></div></article>"
                + "<div itemprop=\"articleBody\"><p>Also body</p></div><div class=\"article__body\"><p>Third</p></div>"
                + "<div role=\"complementary\"><p>Side</p></div>"
                + "<footer id=\"site-footer\"><div class=\"share bar\"><p>Share this</p></div></footer></body>";
        List<Block> blocks = blocks(html);
        assertEquals(List.of("Home", "Title", "Body", "Also body", "Third", "Side", "Share this"), texts(blocks));
        Block home = blocks.get(0);
        assertTrue(home.hints().inChrome());
        assertFalse(home.hints().inArticle());
        assertEquals(4, home.hints().linkChars());
        assertEquals("main-nav", home.hints().containerHint());
        Block title = blocks.get(1);
        assertTrue(title.hints().inArticle());
        assertFalse(title.hints().inChrome(), "an article's own header is not site chrome");
        assertTrue(blocks.get(2).hints().inArticle());
        assertEquals("story-body", blocks.get(2).hints().containerHint());
        assertTrue(blocks.get(3).hints().inArticle());
        assertTrue(blocks.get(4).hints().inArticle());
        assertTrue(blocks.get(5).hints().inChrome());
        Block share = blocks.get(6);
        assertTrue(share.hints().inChrome());
        assertEquals("share bar site-footer", share.hints().containerHint());
    }

    @Test
    void pageWideBodyClassesAreNotContainers() {
        List<Block> blocks = blocks("<body id=\"article_body\" class=\"single-post\"><p>menu</p></body>");
        assertFalse(blocks.get(0).hints().inArticle());
        assertEquals("", blocks.get(0).hints().containerHint());
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        int depth = 10_000;
        String html = "<div>".repeat(depth) + "deep text" + "</div>".repeat(depth) + "<p>after</p>";
        List<Block> blocks = blocks(html);
        assertEquals(List.of("deep text", "after"), texts(blocks));
        assertEquals(
                "deep text", html.substring(blocks.get(0).start(), blocks.get(0).end()));
    }

    @Test
    void blockCountAndLengthAreBounded() {
        String html = "<p>" + "word ".repeat(50) + "</p>" + "<p>x</p>".repeat(20);
        List<Block> blocks = HtmlBlocks.extract(HtmlBlocks.parse(html), html, 5, 100);
        assertEquals(5, blocks.size());
        assertTrue(blocks.stream().allMatch(b -> b.text().length() <= 100));
    }

    @Test
    void misnestedMarkupKeepsOffsetsMonotonic() {
        String html = "<table><tr><td>a</td></tr>stray<tr><td>b</td></tr></table><p><b>bold<i>both</b>italic</i></p>";
        List<Block> blocks = blocks(html);
        assertTrue(texts(blocks).contains("stray"));
        assertTrue(texts(blocks).contains("boldbothitalic"));
        for (Block b : blocks) {
            for (int i = 1; i <= b.offsets().length(); i++) {
                assertTrue(b.offsets().source(i) >= b.offsets().source(i - 1));
            }
        }
    }

    @Test
    void crlfInsideTextKeepsExactOffsets() {
        String html = "<p>one\r\ntwo</p>";
        Block b = blocks(html).get(0);
        assertEquals("one two", b.text());
        assertEquals("one\r\ntwo", html.substring(b.start(), b.end()));
    }

    @Test
    void hasWordMatchesSplittingIntoWords() {
        var random = new java.util.Random(7);
        String alphabet = "aBtcdy \t\n";
        for (int round = 0; round < 20_000; round++) {
            String words = dev.corpus.testing.RandomText.of(random, alphabet, 12);
            String word = random.nextBoolean() ? "ab" : "bT";
            boolean expected =
                    dev.corpus.util.Split.onWhitespace(words).stream().anyMatch(w -> w.equalsIgnoreCase(word));
            assertEquals(expected, HtmlBlocks.hasWord(words, word), words);
        }
        assertTrue(HtmlBlocks.hasWord("author articlebody", "articleBody"));
        assertFalse(HtmlBlocks.hasWord("articleBodyText", "articleBody"));
    }
}
