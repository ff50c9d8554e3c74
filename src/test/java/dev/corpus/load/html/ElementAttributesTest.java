package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The attributes read in one pass are the element's own look-ups, {@code e.attr(key)}, one by one. */
class ElementAttributesTest {
    private static final List<String> NAMES = List.of(
            "id",
            "ID",
            "Id",
            "class",
            "CLASS",
            "style",
            "Style",
            "role",
            "hidden",
            "HIDDEN",
            "itemprop",
            "ItemProp",
            "aria-hidden",
            "ARIA-HIDDEN",
            "\u0131d",
            "\u0130D",
            "cla\u017Fs",
            "idx",
            "clas",
            "data-id",
            "rol",
            "x");
    private static final List<String> VALUES = List.of("", " ", "a", " Main  Story ", "true", "display:none", "\u00C9");

    @Test
    void randomAttributeSetsReadAsTheLookUps() {
        Random random = new Random(3);
        int read = 0;
        for (int n = 0; n < 5000; n++) {
            Element e = new Element("div");
            Attributes attributes = e.attributes();
            for (int k = random.nextInt(6); k > 0; k--) {
                // add, unlike put, keeps a second attribute of a name: the first one is what attr() gives
                attributes.add(pick(random, NAMES), pick(random, VALUES));
            }
            read += assertSameAsLookUps(e);
        }
        assertTrue(read > 4000, "elements read: " + read);
    }

    @Test
    void parsedPagesReadAsTheLookUps() throws IOException {
        int read = 0;
        for (Path page : RandomPages.fixtures()) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            for (Element e : Parser.htmlParser().parseInput(html, "").getAllElements()) {
                read += assertSameAsLookUps(e);
            }
        }
        String html = "<div ID=a Class=b STYLE='display: none' hidden Role=nav aria-hidden=TRUE itemprop=x id=c>";
        for (Element e : Parser.htmlParser().parseInput(html, "").getAllElements()) {
            read += assertSameAsLookUps(e);
        }
        assertTrue(read > 100, "elements read: " + read);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int assertSameAsLookUps(Element e) {
        ElementAttributes a = ElementAttributes.of(e);
        String where = e.attributes().html();
        assertEquals(e.hasAttr("hidden"), a.hidden, where);
        assertEquals(e.attr("aria-hidden"), a.ariaHidden, where);
        assertEquals(e.attr("style"), a.style, where);
        assertEquals(e.attr("itemprop"), a.itemprop, where);
        assertEquals(e.attr("class"), a.className, where);
        assertEquals(e.id(), a.id, where);
        assertEquals(e.attr("role"), a.role, where);
        return 1;
    }
}
