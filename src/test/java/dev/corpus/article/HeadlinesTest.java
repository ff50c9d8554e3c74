package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    /** A title the separator regex splits has one of the marks {@link Headlines#maySeparate} looks for. */
    @Test
    void titlesWithoutASeparatorMarkHaveNoSeparator() {
        java.util.Random random = new java.util.Random(20261123);
        String alphabet = "ab A.,\t|-–—:·•»/｜\u00a0\u2009!?";
        int separated = 0;
        for (int n = 0; n < 50_000; n++) {
            String title = dev.corpus.testing.RandomText.of(random, alphabet, 12);
            boolean found = Headlines.SEPARATOR.matcher(title).find();
            separated += found ? 1 : 0;
            assertTrue(!found || Headlines.maySeparate(title), title);
        }
        assertTrue(separated > 1000, "the random titles hold separators");
        assertFalse(Headlines.maySeparate("Ferry Stays in Service, Harbour Times says"));
        assertTrue(Headlines.maySeparate("Ferry Stays ｜ Harbour Times"));
    }

    @Test
    void cutsKnownSiteNameDomainAndDate() {
        assertEquals("Ferry Stays", Headlines.withoutSiteName("Ferry Stays | HT | 28.04.2023", List.of("HT.COM")));
        assertEquals("Ferry Stays", Headlines.withoutSiteName("Ferry Stays - harbour-times.com", List.of()));
        assertEquals("Ferry Stays", Headlines.withoutSiteName("Harbour Times: Ferry Stays", List.of("Harbour Times")));
    }

    @Test
    void keepsSecondHalfThatIsNoSiteName() {
        assertEquals(
                "Fire in a Factory – Heavy Smoke Over the Town",
                Headlines.withoutSiteName("Fire in a Factory – Heavy Smoke Over the Town", List.of("Harbour Times")));
        assertEquals(
                "Two Resign - and Many Questions Remain",
                Headlines.withoutSiteName("Two Resign - and Many Questions Remain", List.of()));
    }

    @Test
    void titleTagLosesAShortUnknownSuffix() {
        assertEquals(
                "Ferry Stays in Service",
                Headlines.withoutSiteName("Ferry Stays in Service - Island Daily Paper", List.of(), true));
        assertEquals(
                "Ferry Stays in Service - Island Daily Paper",
                Headlines.withoutSiteName("Ferry Stays in Service - Island Daily Paper", List.of(), false));
    }

    @Test
    void siteLikeParts() {
        assertTrue(Headlines.isSiteLike("n-tv.de", List.of()));
        assertTrue(Headlines.isSiteLike("DW", List.of("DW.COM")));
        assertTrue(Headlines.isSiteLike("Tagesschau", List.of("tagesschau.de")));
        assertFalse(Headlines.isSiteLike("Dwarfs Return", List.of("DW.COM")));
        assertFalse(Headlines.isSiteLike("Heavy Smoke", List.of("Harbour Times")));
    }

    @Test
    void anotherSourcesHeadlineShowsWhereTheSiteNameBegins() {
        assertEquals(
                "Dax Falls Again",
                Headlines.withSuffixCut("Dax Falls Again | Die Neue Börse Zeitung", List.of("Dax Falls Again")));
        assertEquals(
                "Fire in a Factory – Heavy Smoke",
                Headlines.withSuffixCut("Fire in a Factory – Heavy Smoke", List.of("Fire in a Factory – Heavy Smoke")));
    }

    @Test
    void readersHeadlineWinsWhenJsonLdOnlyRepeatsTheTitleTag() {
        List<Evidence> seo = List.of(
                new Evidence("Starmer suggests he will keep gifts", "json-ld"),
                new Evidence("Starmer defiant over gifts", "meta:og:title"),
                new Evidence("Starmer suggests he will keep gifts", "title"),
                new Evidence("Starmer defiant over gifts", "h1"));
        assertEquals("Starmer defiant over gifts", Headlines.markupHeadline(seo).value());
    }

    @Test
    void jsonLdHeadlineStaysWithoutTheTitleTagsSupport() {
        // og:title and the h1 agree, but nothing says the JSON-LD headline is only for search engines.
        List<Evidence> titles = List.of(
                new Evidence("Fire in the harbour: warning for residents", "json-ld"),
                new Evidence("Warning after harbour fire", "meta:og:title"),
                new Evidence("Warning after harbour fire", "title"),
                new Evidence("Warning after harbour fire", "h1"));
        assertEquals(
                "Fire in the harbour: warning for residents",
                Headlines.markupHeadline(titles).value());
    }

    @Test
    void markupTitleWithTheVisibleHeadlinesWordsWinsOverOneWithTheKicker() {
        List<Evidence> titles = List.of(
                new Evidence("Storm damage: Ferry service suspended until Monday", "json-ld"),
                new Evidence("Ferry service suspended until Monday", "meta:og:title"),
                new Evidence("Ferry service suspended until Monday", "heading"));
        Evidence chosen = Headlines.markupHeadline(titles, "Storm damage");
        assertEquals("Ferry service suspended until Monday", chosen.value());
        assertEquals("meta:og:title", chosen.source());
    }

    @Test
    void siteThatWritesTheKickerIntoItsTitlesKeepsIt() {
        List<Evidence> titles = List.of(
                new Evidence("Storm damage: Ferry service suspended until Monday", "json-ld"),
                new Evidence("Storm damage: Ferry service suspended until Monday", "meta:og:title"),
                new Evidence("Ferry service suspended until Monday", "heading"));
        assertEquals(
                "Storm damage: Ferry service suspended until Monday",
                Headlines.markupHeadline(titles, "Storm damage").value());
    }

    @Test
    void anotherKickerThanTheVisibleOneIsCut() {
        List<Evidence> titles = List.of(
                new Evidence("Gale over the coast: Ferry service suspended until Monday", "meta:og:title"),
                new Evidence("Storm damage - Ferry service suspended until Monday", "h1"),
                new Evidence("Ferry service suspended until Monday", "heading"));
        Evidence chosen = Headlines.markupHeadline(titles, "Storm damage");
        assertEquals("Ferry service suspended until Monday", chosen.value());
        assertEquals("heading", chosen.source());
    }

    @Test
    void headlineEndingWithTheVisibleWordsWithoutASeparatorIsKept() {
        // "The island is" is part of the sentence, not a kicker.
        List<Evidence> titles = List.of(
                new Evidence("The island is a quiet place for ferry spotters", "json-ld"),
                new Evidence("a quiet place for ferry spotters", "heading"));
        assertEquals(
                "The island is a quiet place for ferry spotters",
                Headlines.markupHeadline(titles, "Island life").value());
        assertTrue(Headlines.afterKicker(
                "Island life: a quiet place for ferry spotters", "a quiet place for ferry spotters"));
        assertFalse(Headlines.afterKicker(
                "The island is a quiet place for ferry spotters", "a quiet place for ferry spotters"));
    }
}
