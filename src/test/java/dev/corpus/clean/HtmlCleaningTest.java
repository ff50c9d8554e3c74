package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Loader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCleaningTest {
    static final String PARA =
            "<p>The council of Harbour Town voted on Tuesday to keep the ferry, after a year of debate"
                    + " about its cost and about who should pay for the repairs it needs.</p>";

    static List<String> kept(String html) {
        InputRef ref =
                InputRef.stream("page.html", () -> new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return new Cleaner()
                .clean(new Loader(LoadOptions.DEFAULTS).load(ref)).kept().stream()
                        .map(b -> b.text())
                        .toList();
    }

    @Test
    void keepsTheTableInsideTheArticleAndDropsTheBoxAfterIt() {
        String html = "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
                + "<div class=story>" + PARA + PARA
                + "<table><tr><th>Year</th><th>Fare</th></tr><tr><td>2023</td><td>4.50</td></tr>"
                + "<tr><td>2024</td><td>5.00</td></tr><tr><td>2025</td><td>5.20</td></tr></table>"
                + PARA + PARA + "</div>"
                + "<div class=more><h3>More from the coast</h3>"
                + "<p><a href=/a>Storm closes coastal road for a third day in a row</a></p>"
                + "<p><a href=/b>Local team wins the regional cup after a penalty drama</a></p></div>"
                + "</body></html>";
        List<String> kept = kept(html);
        assertTrue(kept.contains("2024 5.00"), "a table row inside the article: " + kept);
        assertTrue(kept.contains("Year Fare"), kept.toString());
        assertFalse(kept.stream().anyMatch(t -> t.contains("Storm closes")), kept.toString());
        assertFalse(kept.contains("Home World"), kept.toString());
        assertTrue(kept.size() >= 8, kept.toString());
    }

    @Test
    void consentDialogsAreClutterEvenWhenLong() {
        String policy =
                "<p>When you visit our website, we store cookies on your browser to collect information, and the"
                        + " information collected might relate to you, your preferences or your device, as the law allows.</p>";
        String html = "<html><body><div class=\"article-body pagination-first\">" + PARA + PARA + "</div>"
                + "<div id=onetrust-consent-sdk class=\"ot-sdk-container\">" + policy + policy + policy + policy
                + policy + "</div></body></html>";
        List<String> kept = kept(html);
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.get(0).startsWith("The council of Harbour Town"), kept.toString());
    }
}
