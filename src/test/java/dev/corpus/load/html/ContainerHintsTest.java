package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The hints a page's {@link ContainerHints} keeps are the ones made from scratch for each element. */
class ContainerHintsTest {
    private static final List<String> FRAGMENTS = List.of(
            "<div>",
            "</div>",
            "<div class=\"Story-Body main\">",
            "<div id=top>",
            "<div class=\" \" id=\"\">",
            "<section class=\"a b  c\">",
            "</section>",
            "<p>",
            "</p>",
            "<p class=\"lead a\">",
            "<span class=x>",
            "</span>",
            "<ul class=menu><li class=item>",
            "</li></ul>",
            "<body class=page-article>",
            "<div class=\"very-long-class-name-that-goes-on-and-on-beyond-forty-chars\">",
            "<div class=\"w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24"
                    + " w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 w40\">",
            "<article class=\"\u00C9T\u00C9\">",
            "</article>",
            "<div class=\"tab\tnew\nline\" id=Main>",
            "text");

    @Test
    void keptHintsAreTheFreshOnes() {
        Random random = new Random(5);
        int nonEmpty = 0;
        for (int n = 0; n < 500; n++) {
            String html = RandomPages.of(random, "", FRAGMENTS, 40);
            Document doc = Jsoup.parse(html);
            ContainerHints kept = new ContainerHints();
            List<Element> all = doc.getAllElements();
            for (int round = 0; round < 2; round++) { // a second round asks what is kept
                for (int i = round == 0 ? 0 : all.size() - 1; i >= 0 && i < all.size(); i += round == 0 ? 1 : -1) {
                    Element e = all.get(i);
                    String hint = kept.of(e);
                    assertEquals(fresh(e), hint, html);
                    nonEmpty += hint.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(nonEmpty > 1000, "pages give hints: " + nonEmpty);
    }

    /** The hint as the block walk made it before it kept them: from the nearest element with class or id. */
    private static String fresh(Element owner) {
        for (Element e = owner; e != null; e = e.parent()) {
            if (e.normalName().equals("body") || e.normalName().equals("html")) {
                return "";
            }
            if (e.attributesSize() > 0 && !(e.attr("class") + " " + e.id()).isBlank()) {
                return ContainerHints.plain(e);
            }
        }
        return "";
    }
}
