package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Decoded;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.load.PageMetadata;
import dev.corpus.load.TextBlocks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CleanerTest {
    static final String PAGE = String.join(
            "\n",
            "Skip to main content",
            "Home",
            "World",
            "Opinion",
            "",
            "Harbour Town Votes to Keep Its Ferry",
            "",
            "By Jane Roe",
            "",
            "The council of Harbour Town voted on Tuesday to keep the ferry that links the island to the"
                    + " mainland, after a year of debate about its cost.",
            "",
            "Fishermen had argued that the service was the only way to get their catch to the market in time.",
            "",
            "What comes next",
            "",
            "The mayor said the vote was a relief for the town and that repairs would start in spring.",
            "",
            "“It is ours.”",
            "",
            "A second vote on the fares is planned for March, when the budget is discussed.",
            "",
            "Share this article",
            "Comments 12",
            "Most Popular",
            "• Storm Closes Coastal Road for Third Day",
            "• Local Team Wins Regional Cup After Penalty Drama",
            "• New Bakery Opens on Market Street",
            "Most Popular",
            "Subscribe to our newsletter",
            "© 2024 Harbour Times. All rights reserved.");

    static CleanedPage clean(String text) {
        Decoded d = new Decoded("t.txt", InputFormat.TEXT, text, "UTF-8", "utf-8", 100, List.of());
        return new Cleaner().clean(new Page(d, TextBlocks.split(text), PageMetadata.EMPTY));
    }

    @Test
    void keepsArticleParagraphsIncludingShortOnes() {
        List<String> kept = clean(PAGE).kept().stream().map(b -> b.text()).toList();
        assertTrue(kept.get(0).startsWith("The council of Harbour Town"), kept.toString());
        assertTrue(kept.contains("What comes next"), "a subhead between paragraphs survives");
        assertTrue(kept.contains("“It is ours.”"), "a one-line quote survives");
        assertTrue(kept.get(kept.size() - 1).startsWith("A second vote"), kept.toString());
    }

    @Test
    void dropsFurnitureWithReasons() {
        Map<String, String> reasons = clean(PAGE).decisions().stream()
                .filter(d -> !d.kept())
                .collect(Collectors.toMap(d -> d.block().text(), BlockDecision::reason, (a, b) -> a));
        assertEquals("navigation", reasons.get("Skip to main content"));
        assertEquals("section label", reasons.get("Opinion"));
        assertEquals("share or print", reasons.get("Share this article"));
        assertEquals("comments", reasons.get("Comments 12"));
        assertEquals("related links", reasons.get("Most Popular"));
        assertEquals("list entry", reasons.get("• New Bakery Opens on Market Street"));
        assertEquals("subscription", reasons.get("Subscribe to our newsletter"));
        assertEquals("outside the article", reasons.get("Harbour Town Votes to Keep Its Ferry"));
    }

    @Test
    void repeatedShortLinesAreClutter() {
        String text =
                "Latest\nNew Bridge Opens Downtown\nThe bridge opened today after five years of work on it, the city said.\n"
                        + "It cost less than planned and carries two tram lines across the river to the old town.\nNew Bridge Opens Downtown";
        BlockDecision last = clean(text).decisions().get(4);
        assertFalse(last.kept());
        assertEquals("repeated in page", last.reason());
    }

    @Test
    void detectsLanguage() {
        String german =
                "Der Rat der Stadt hat am Dienstag beschlossen, dass die Fähre bleibt, und die Fischer sind froh.\n"
                        + "Sie hatten gesagt, dass es für sie keinen anderen Weg zum Markt gibt, wenn der Fang frisch sein soll.";
        assertEquals("de", clean(german).language());
        assertEquals("en", clean(PAGE).language());
    }

    @Test
    void emptyPageHasNoDecisions() {
        assertTrue(clean("").decisions().isEmpty());
    }
}
