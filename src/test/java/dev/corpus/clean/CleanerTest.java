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
    void onlyABlockDroppedForAClutterReasonIsFurniture() {
        dev.corpus.load.Block block = TextBlocks.split("Share this story").get(0);
        assertTrue(new BlockDecision(block, false, "share or print", 0).droppedAsFurniture());
        assertFalse(new BlockDecision(block, false, "outside the article", 0).droppedAsFurniture());
        assertFalse(new BlockDecision(block, false, "prose outside the article", 0).droppedAsFurniture());
        assertFalse(new BlockDecision(block, true, "prose", 0).droppedAsFurniture());
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
    void anArticleFileKeepsTheTableBeforeItsClosingLine() {
        String text = String.join(
                "\n",
                "ROWING-HARBOUR REGATTA RESULTS.",
                "",
                "PORTVALE 2031-05-04",
                "",
                "Final results:",
                "",
                "1. Anna Holm (Norway) 7:01.22",
                "",
                "2. Maria Vidal (Spain) 7:03.50",
                "",
                "3. Tess Moor (Ireland) 7:04.18",
                "",
                "The jury confirmed the times after a protest by the Spanish team was rejected.");
        CleanedPage page = clean(text);
        List<String> kept = page.kept().stream().map(b -> b.text()).toList();
        assertTrue(kept.contains("2. Maria Vidal (Spain) 7:03.50"), kept.toString());
        assertTrue(kept.get(kept.size() - 1).startsWith("The jury confirmed"), kept.toString());
        assertFalse(kept.contains("ROWING-HARBOUR REGATTA RESULTS."), "the file's header is not body");
        assertFalse(kept.contains("PORTVALE 2031-05-04"), "the dateline is not body");
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
    void detectsMoreLanguagesFromFunctionWords() {
        assertEquals(
                "it",
                clean("Il consiglio della città ha deciso che il traghetto resta, e i pescatori sono contenti"
                                + " perché per loro non c'è un'altra strada per il mercato.")
                        .language());
        assertEquals(
                "pt",
                clean("O conselho da cidade decidiu que a balsa fica, e os pescadores estão felizes porque"
                                + " não há outro caminho para o mercado.")
                        .language());
    }

    @Test
    void teaserListAfterTheArticleIsDropped() {
        String text = PAGE.replace(
                "Share this article",
                String.join(
                        "\n",
                        "More from the coast",
                        "Storm Closes Coastal Road for Third Day",
                        "Anna Berg",
                        "The road along the cliffs stays shut while crews clear the rocks […]",
                        "Local Team Wins Regional Cup",
                        "Tom Hale",
                        "A penalty in the last minute decided a final that few will forget …"));
        List<BlockDecision> teasers = clean(text).decisions().stream()
                .filter(d -> d.block().text().startsWith("The road along")
                        || d.block().text().startsWith("A penalty"))
                .toList();
        assertEquals(2, teasers.size());
        for (BlockDecision d : teasers) {
            assertFalse(d.kept(), d.toString());
            assertEquals("teaser", d.reason());
        }
    }

    @Test
    void commentsAfterTheArticleAreNotArticle() {
        String comments = String.join(
                "\n",
                "Leave a Reply",
                "Mia on March 5, 2024 at 9:12 am said:",
                "I have taken that ferry every week for twenty years and I am glad the council kept it, because the"
                        + " bridge plan never made sense to anyone who lives here and works on the island.",
                "Jon on March 5, 2024 at 10:40 am said:",
                "The fares are the real problem and nobody at the meeting wanted to talk about them, which is a"
                        + " shame since that is what decides whether young families can stay on the island.");
        List<String> kept = clean(PAGE.replace("Share this article", comments)).kept().stream()
                .map(b -> b.text())
                .toList();
        assertTrue(
                kept.stream().noneMatch(t -> t.startsWith("I have taken") || t.startsWith("The fares")),
                kept.toString());
        assertTrue(kept.stream().anyMatch(t -> t.startsWith("A second vote")), kept.toString());
    }

    @Test
    void emptyPageHasNoDecisions() {
        assertTrue(clean("").decisions().isEmpty());
    }
}
