package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The ancestor walks that replaced CSS selects in {@link HtmlMetadata} give what the selects gave. */
class HeadlinePlaceTest {
    private static final List<String> FRAGMENTS = List.of(
            "<h1>",
            "</h1>",
            "<h2>",
            "</h2>",
            "<header>",
            "</header>",
            "<article>",
            "</article>",
            "<div>",
            "</div>",
            "<div class=\"Site-BreadCrumbs\">",
            "<span class=x>",
            "</span>",
            "<nav>",
            "</nav>",
            "<ul><li>",
            "</li></ul>",
            "<aside>",
            "</aside>",
            "<footer>",
            "</footer>",
            "<time datetime=2024-01-02>",
            "</time>",
            "<p>",
            "</p>",
            "<section>",
            "</section>",
            "text",
            "<h1 class=breadcrumb>");

    @Test
    void walksMatchTheSelects() {
        Random random = new Random(11);
        int near = 0;
        int inHeader = 0;
        for (int n = 0; n < 400; n++) {
            String html = RandomPages.of(random, "<body>", FRAGMENTS, 40);
            Document doc = Jsoup.parse(html);
            MetadataElements els = MetadataElements.of(doc);
            HeadlinePlace place = HeadlinePlace.of(els);
            for (Element e : doc.getAllElements()) {
                String page = html;
                assertEquals(
                        e.closest("nav, li, aside, footer, [class~=(?i)breadcrumb]") != null,
                        HtmlMetadata.inNavigation(e),
                        page);
                assertEquals(e.closest("article"), HtmlMetadata.closest(e, "article"), page);
                assertEquals(e.closest("li"), HtmlMetadata.closest(e, "li"), page);
                boolean header = e.closest("header:has(h1)") != null;
                assertEquals(header, place.inHeaderWithH1(e), page);
                boolean nearBySelect = nearBySelect(e, els.h1);
                assertEquals(nearBySelect, place.nearHeadline(e), page);
                near += nearBySelect ? 1 : 0;
                inHeader += header ? 1 : 0;
            }
        }
        assertTrue(near > 200 && inHeader > 200, near + " " + inHeader);
    }

    /** The plain form: within a few levels of the h1, up to a container with another h1. */
    private static boolean nearBySelect(Element e, Element h1) {
        if (h1 == null) {
            return false;
        }
        Element container = h1.parent();
        for (int i = 0; i < HeadlinePlace.NEAR_LEVELS && container != null; i++) {
            if (container.select("h1").size() > 1) {
                return false;
            }
            if (HtmlMetadata.isAncestor(container, e)) {
                return true;
            }
            container = container.parent();
        }
        return false;
    }
}
