package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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
        int[] nonEmpty = {0};
        for (int n = 0; n < 500; n++) {
            String html = RandomPages.of(random, "", FRAGMENTS, 40);
            Document doc = Jsoup.parse(html);
            ContainerHints kept = new ContainerHints();
            // entered as the block walk enters them, asked when entered and again, from what is kept, when left
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        @Override
                        public void head(Node node, int depth) {
                            if (node instanceof Element e) {
                                kept.enter(depth, e, e.attr("class"), e.id());
                                String hint = kept.of(depth);
                                assertEquals(fresh(e), hint, html);
                                nonEmpty[0] += hint.isEmpty() ? 0 : 1;
                            }
                        }

                        @Override
                        public void tail(Node node, int depth) {
                            if (node instanceof Element e) {
                                assertEquals(fresh(e), kept.of(depth), html);
                            }
                        }
                    },
                    doc);
        }
        assertTrue(nonEmpty[0] > 500, "pages give hints: " + nonEmpty[0]);
    }

    /**
     * The hint made from scratch, as the block walk made it before it kept them: from the nearest element with
     * class or id, its words and those of its ancestors with any, up to four elements, each word once, up to the
     * first word that does not fit in 160 chars; words over 40 chars left out.
     */
    private static String fresh(Element owner) {
        for (Element e = owner; e != null; e = e.parent()) {
            if (isPageRoot(e)) {
                return "";
            }
            if (!words(e).isEmpty()) {
                return fromScratch(e);
            }
        }
        return "";
    }

    private static String fromScratch(Element from) {
        List<String> seen = new ArrayList<>();
        StringBuilder hint = new StringBuilder();
        int elements = 0;
        for (Element e = from; e != null && elements < 4 && !isPageRoot(e); e = e.parent()) {
            List<String> words = words(e);
            if (words.isEmpty()) {
                continue;
            }
            elements++;
            for (String w : words) {
                if (w.isEmpty() || w.length() > 40 || seen.contains(w)) {
                    continue;
                }
                if (hint.length() + w.length() + 1 > 160) {
                    return hint.toString();
                }
                seen.add(w);
                hint.append(hint.length() > 0 ? " " : "").append(w);
            }
        }
        return hint.toString();
    }

    private static List<String> words(Element e) {
        if (e.attr("class").isBlank() && e.id().isBlank()) {
            return List.of();
        }
        return Arrays.asList(
                (e.attr("class") + " " + e.id()).trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static boolean isPageRoot(Element e) {
        return e.normalName().equals("body") || e.normalName().equals("html");
    }
}
