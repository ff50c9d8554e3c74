package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The walk's tag bits ({@link BlockWalk#tagBits}, {@link BlockWalk#flags}, {@link HtmlBlocks#isHidden}) give
 * what the sets and names tested one by one give ({@link BlockWalk#plainFlagsOf}, {@link HtmlBlocks#isSkipped}),
 * for every tag name the sets know and others, with and without the attributes that change the flags.
 */
class BlockWalkFlagsTest {
    private static final List<String> ATTRIBUTES = List.of(
            "",
            " class=\"x\"",
            " class=\"Article-Body\"",
            " id=\"story__body\"",
            " class=\"entry content\"",
            " itemprop=\"text articleBody\"",
            " role=\" Navigation \"",
            " role=\"banner\"",
            " role=\"main\"",
            " hidden",
            " aria-hidden=\" TRUE\"",
            " aria-hidden=\"false\"",
            " style=\"Display: none\"",
            " style=\"color: red\"");

    @Test
    void tagBitsGiveThePlainFlags() {
        Set<String> names = new TreeSet<>(BlockWalk.BLOCKS);
        names.addAll(HtmlBlocks.SKIPPED);
        names.addAll(List.of("a", "q", "br", "td", "th", "span", "b", "img", "x-widget", "tr"));
        StringBuilder html = new StringBuilder("<html><body>");
        for (String name : names) {
            for (String attributes : ATTRIBUTES) {
                // each element in a div, so that the parser keeps it wherever its name may stand
                html.append("<div><")
                        .append(name)
                        .append(attributes)
                        .append(">t</")
                        .append(name)
                        .append("></div>");
            }
        }
        int chrome = 0;
        int article = 0;
        int hidden = 0;
        int checked = 0;
        for (Element e : Parser.htmlParser().parseInput(html.toString(), "").getAllElements()) {
            checked += assertSameFlags(e);
            int flags = BlockWalk.plainFlagsOf(e, e.normalName(), 0);
            chrome += (flags & BlockWalk.CHROME) != 0 ? 1 : 0;
            article += (flags & BlockWalk.ARTICLE) != 0 ? 1 : 0;
            hidden += HtmlBlocks.isSkipped(e) ? 1 : 0;
        }
        assertTrue(checked > names.size() * ATTRIBUTES.size(), "every name with every attribute set is checked");
        assertTrue(chrome > 0 && article > 0 && hidden > 0, "the page has chrome, article and hidden elements");
    }

    @Test
    void fixturesGiveThePlainFlags() throws IOException {
        int checked = 0;
        for (Path page : RandomPages.fixtures()) {
            Document doc = Parser.htmlParser().parseInput(Files.readString(page, StandardCharsets.UTF_8), "");
            for (Element e : doc.getAllElements()) {
                checked += assertSameFlags(e);
            }
        }
        int elements = checked;
        assertTrue(elements > 100, () -> "elements checked: " + elements);
    }

    /** Compares both forms inside and outside an article; returns 1. */
    private static int assertSameFlags(Element e) {
        String name = e.normalName();
        int tag = BlockWalk.tagBits(name);
        for (int depth = 0; depth <= 1; depth++) {
            int plain = BlockWalk.plainFlagsOf(e, name, depth);
            assertEquals(plain, BlockWalk.flags(ElementAttributes.of(e), tag, depth, 0, 0), e::toString);
            // inside an article container or chrome, only the flag of that kind may be left out
            assertEquals(
                    plain & ~BlockWalk.ARTICLE,
                    BlockWalk.flags(ElementAttributes.of(e), tag, depth, 1, 0) & ~BlockWalk.ARTICLE);
            assertEquals(
                    plain & ~BlockWalk.CHROME,
                    BlockWalk.flags(ElementAttributes.of(e), tag, depth, 0, 1) & ~BlockWalk.CHROME);
        }
        assertEquals(
                HtmlBlocks.isSkipped(e),
                (tag & BlockWalk.TAG_SKIPPED) != 0 || HtmlBlocks.isHidden(ElementAttributes.of(e)),
                () -> "skipped: " + e.outerHtml());
        return 1;
    }
}
