package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class SourceSpansTest {

    /** Every text node's span and every br and script start, as the parse gives them, in document order. */
    static List<String> spans(ParsedHtml page) {
        List<String> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> nodes.add(node), page.doc);
        for (Node node : nodes) {
            if (node instanceof TextNode t) {
                out.add("text " + page.spans.textStart(t) + "-" + page.spans.textEnd(t) + " " + t.getWholeText());
            } else if (node instanceof Element e
                    && (e.normalName().equals("br") || e.normalName().equals("script"))) {
                out.add(e.normalName() + " " + page.spans.elementStart(e));
            }
        }
        return out;
    }

    /** The scanned spans, when the page is parsed without tracking, are exactly the tracked ones. */
    static boolean assertSameAsTracked(String html) {
        ParsedHtml page = ParsedHtml.parse(html);
        assertEquals(spans(ParsedHtml.tracked(html)), spans(page), html);
        assertVerbatimAsAligned(page, html);
        return page.spans != SourceSpans.TRACKED;
    }

    /** A text node said to be verbatim has the spans the alignment finds, char for char: its source is its text. */
    private static void assertVerbatimAsAligned(ParsedHtml page, String html) {
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode t && page.spans.isVerbatim(t)) {
                        String source = html.substring(page.spans.textStart(t), page.spans.textEnd(t));
                        assertEquals(source, t.getWholeText(), html);
                    }
                },
                page.doc);
    }

    private static void assertScanned(String html) {
        ParsedHtml page = ParsedHtml.parse(html);
        assertNotSame(SourceSpans.TRACKED, page.spans, html);
        assertSameAsTracked(html);
    }

    private static void assertTracked(String html) {
        assertSame(SourceSpans.TRACKED, ParsedHtml.parse(html).spans, html);
        assertSameAsTracked(html);
    }

    @Test
    void ordinaryMarkupIsScannedWithTheTrackedSpans() {
        assertScanned("<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n<title>A &amp; B</title>\n"
                + "<style>p > a { color: red }</style>\n<script>if (a < b && c) x = '</p>';</script>\n</head>\n"
                + "<body class=\"x>y\" data-a='1>2' data-b=c/d>\n<!-- a comment -- with dashes --><p>One &lt;two&gt;"
                + " three&nbsp;four &#169; &#x2014; five</p>\r\n<p>six<br>seven<br/>eight</br>nine</p>"
                + "<pre>\ncode\n</pre><pre>\n<b>x</b></pre><textarea>a <b> &amp; c</textarea>"
                + "<svg><title>Icon</title><style>.a{}</style><path d=\"M0 0\"/></svg>"
                + "<p>a < b</p><![if x]><?php echo 1 ?><!--->x<!---->y<!-- a --!> b"
                + "<noscript><img src=x></noscript><iframe src=x><p>not markup</p></iframe>"
                + "<script type=\"application/ld+json\">{\"a\": 1}</script></body>\n</html>\n");
    }

    @Test
    void entitiesTheAlignmentDoesNotDecodeStillMatch() {
        assertSameAsTracked("<p>AT&T &amp rights &copy2020 &para=1</p>");
    }

    /** Legacy entities without their ';', which the alignment cannot place: the spans are still the scan's. */
    @Test
    void entitiesWithoutSemicolonsAreScanned() {
        assertScanned("<p>a&nbspb &copy 2020 Z&#280&#262 &nbsp&raquo; &nbspDatenschutz &#38 x&notit;</p>\r\n<p>y</p>");
    }

    @Test
    void textTheTreeBuilderMovesOrDropsIsParsedWithTracking() {
        assertTracked("<table><tr><td>a</td></tr>b</table>");
        assertTracked("<table><tr><td>a</td></tr><div>b</div></table>");
        assertTracked("<table><tr><td>a</td></tr></p></table>");
        assertTracked("<html><head></head>\n<title>T</title><body>x</body></html>");
        assertTracked("<body><p>x</p></body>\n<script>s</script>\n</html>");
        assertTracked("<body><p>x</p></body>\n</div>\n");
        assertTracked("<p>a\0b</p>");
        assertTracked("<p>a<![CDATA[b]]></p>");
        assertTracked("<p>a<b");
        assertTracked("<svg><p>x</p></svg><style>a</style>");
        assertTracked("<script>a<!--<script>b</script>c</script>d");
    }

    @Test
    void noscriptContentIsScannedAsPlainElementsInSourceOrder() {
        assertScanned("<html><head><noscript><img src=x></noscript></head><body><p>x</p></body></html>");
        assertScanned("<head><noscript><p>a</p>b<br></br><td>c</noscript><title>t</title></head><body>x</body>");
        assertScanned("<body><noscript><table>a<tr><td>b</td></tr></table><svg><style>a<b</style>"
                + "<p>x<noscript>n</noscript>after the first end</noscript>y</body>");
    }

    @Test
    void templateContentIsScannedInSourceOrder() {
        assertScanned("<html><head>\n<template>\n<div>a</div> b<br></template>\n<meta charset=utf-8>\n</head>"
                + "<body><p>x</p><template><p>t<template>in</template></p><script>s</script>u</template>y</body>");
        assertScanned("<body><template></body></p>a<title>t</title></template>b</body>");
        assertScanned("<table><tr><td><template>a<b>c</b></template>d</td></tr></table>");
        assertScanned("<body><template><svg><title>i</title><path d=x/></svg>a<svg/>b</template>c</body>");
    }

    @Test
    void templateContentTheScanDoesNotModelIsParsedWithTracking() {
        assertTracked("<body><template><tr><td>a</td></tr></template></body>");
        assertTracked("<body><template><table>a<tr><td>b</td></tr></table></template></body>");
        assertTracked("<body><template>a</br>b</template></body>");
        assertTracked("<body><template><pre>\nx</pre></template></body>");
        assertTracked("<html><head></head>\n<template>t</template><body>x</body></html>");
        assertTracked("<body><p>a</p></template>b</body>");
        assertTracked("<table><template>a</template><tr><td>b</td></tr></table>");
        assertTracked("<noscript><template>a</template></noscript>");
        assertTracked("<body><template><svg>a</template>b</svg>c</body>");
        // text in a template in the head does not start the body: the title after the head still goes back
        assertTracked("<head><template>x</template></head>\n<title>\n</title><body>b</body>");
    }

    @Test
    void theLineBreakAfterPreListingAndTextareaIsNotInTheSpan() {
        assertScanned("<pre>\ncode</pre><pre>\r\nx</pre><pre>\ry</pre><listing>\nz</listing>"
                + "<textarea>\nt</textarea><pre>\n\nw</pre>");
        assertScanned("<noscript><pre>\nkept</pre><textarea>\nkept</textarea></noscript>");
    }

    @Test
    void tablesAreScannedWhenNothingIsMovedOutOfThem() {
        assertScanned("<table>\n<caption>Cap</caption><colgroup><col></colgroup>\n<thead><tr><th>h</th></tr></thead>"
                + "<tr><td>a<br>b</td><td><table><tr><td>nested</td></tr></table>c</td></tr>\n"
                + "<script>s</script><tr><td>d<td>e</tr></tbody></table><p>after</p>");
    }

    @Test
    void oddButModelledMarkupKeepsTheTrackedSpans() {
        for (String html : List.of(
                "",
                "x",
                "<p>x</p>",
                "\n\n<html>\n<head>\n</head>\n<body>\n</body>\n</html>\n\n",
                "<html><head><noscript><link rel=x><style>a</style></noscript></head><body>x</body></html>",
                "<head><script>a</script></head>\n<script>b</script>\n<body>c</body>",
                "<b><i>x</b>y</i>z",
                "<a href=x><div>x</a>y</div>",
                "<p>x<p>y<div>z</p>",
                "<select><option>a<option>b</select>",
                "<select><br>x</select>",
                "<select><style>s</style></select>",
                "<ul><li>a<li>b</ul>",
                "<pre>\n</pre><pre>\r\nx</pre><listing>\nx</listing>",
                "<title>a<b>c</title><textarea></textarea>",
                "<script></script><style></style>",
                "<script/>x</script>y",
                "<p title=\"a\"b=c>x</p>",
                "<p =a>x</p><p \"a\"=b>y</p>",
                "<math><mi>x</mi></math><svg/><p>y</p>",
                "</p>x</br>y",
                "<body>x</body></html>\n",
                "<body>x</body> y",
                "<html><head></head><body>a</body></html><p>b</p>",
                "<frameset><frame></frameset>",
                "<p>&#0;&#x110000;&#128;&amp;</p>",
                "<xmp><p>x</p></xmp><noembed>a</noembed><noframes>b</noframes>",
                "<div><svg><foreignObject><style>a</style></foreignObject></svg></div>",
                "a </ b > c",
                "<p>a</>b</p>",
                "<td>x</td><tr>y",
                "<table><td>a</table>b",
                "<table><caption>a<td>b</caption>c</table>",
                "<table><tr><td>a</td></tr></table></td>b")) {
            assertSameAsTracked(html);
        }
    }
}
