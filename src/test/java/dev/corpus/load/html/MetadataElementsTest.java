package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The elements gathered in the walk of the spans are the ones a walk of their own finds, node for node. */
class MetadataElementsTest {
    private static final List<String> META = List.of(
            "<meta property=og:title content=T>",
            "<meta name=x>",
            "<script type=application/ld+json>{}</script>",
            "<time datetime=2020-01-01>",
            "<span itemprop=author>",
            "<span itemprop=\"name\">",
            "<i itemprop=datePublished>",
            "<i itemprop=DateModified>",
            "<a rel=author href=x>",
            "<link rel=canonical href=y>",
            "<link rel=canonical>",
            "<article>",
            "</article>",
            "<h2>",
            "</h2>");

    @Test
    void randomPagesGatherTheElementsOfTheirOwnWalk() {
        Random random = new Random(5);
        List<String> pieces = new ArrayList<>(SourceSpansFuzzTest.FRAGMENTS);
        pieces.addAll(META);
        int gathered = 0;
        for (int n = 0; n < 3000; n++) {
            String html = RandomPages.of(random, "", pieces, 40);
            gathered += assertSameElements(html) ? 1 : 0;
        }
        assertTrue(gathered > 500, "the spans' walk gathers them for a good share: " + gathered);
    }

    @Test
    void htmlFixturesGatherTheElementsOfTheirOwnWalk() throws IOException {
        List<Path> pages = RandomPages.fixtures();
        assertTrue(!pages.isEmpty());
        for (Path page : pages) {
            assertSameElements(Files.readString(page, StandardCharsets.UTF_8));
        }
    }

    /** Asserts the parse's elements are those of a walk of their own; returns whether the spans' walk had them. */
    private static boolean assertSameElements(String html) {
        ParsedHtml page = ParsedHtml.parse(html);
        assertEquals(lists(MetadataElements.of(page.doc)), lists(page.metadataElements()), html);
        return page.spans != SourceSpans.TRACKED;
    }

    /** Every list and field, as lists of the elements themselves (jsoup's nodes are equal only to themselves). */
    private static List<List<Object>> lists(MetadataElements els) {
        List<List<Object>> all = new ArrayList<>();
        all.add(java.util.Arrays.asList(els.html, els.title, els.h1, els.articles));
        for (List<Element> list : List.of(
                els.headings,
                els.metas,
                els.scripts,
                els.times,
                els.itempropAuthors,
                els.itempropPublished,
                els.itempropModified,
                els.relAuthors,
                els.canonicals)) {
            all.add(new ArrayList<>(list));
        }
        return all;
    }
}
