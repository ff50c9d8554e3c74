package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.clean.Cleaner;
import dev.corpus.load.Decoded;
import dev.corpus.load.Evidence;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.load.PageMetadata;
import dev.corpus.load.TextBlocks;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    static Article extract(String text, PageMetadata meta) {
        Decoded d = new Decoded("t.txt", InputFormat.TEXT, text, "UTF-8", "utf-8", 100, List.of());
        return new ArticleExtractor().extract(new Cleaner().clean(new Page(d, TextBlocks.split(text), meta)));
    }

    static final String PAGE = String.join(
            "\n",
            "Menu",
            "LOCAL NEWS",
            "",
            "Harbour Town Votes to Keep Its Ferry",
            "",
            "The island link survives a year of debate over its cost and its future",
            "",
            "By Jane Roe and John Smith Updated March 5, 2024",
            "",
            "The council of Harbour Town voted on Tuesday to keep the ferry that links the island to the"
                    + " mainland, after a year of debate about its cost.",
            "",
            "Fishermen had argued that the service was the only way to get their catch to the market in time,"
                    + " and the council agreed with them.",
            "",
            "Print");

    @Test
    void readsHeaderAndBody() {
        Article a = extract(PAGE, PageMetadata.EMPTY);
        assertEquals("Harbour Town Votes to Keep Its Ferry", a.headline());
        assertEquals("The island link survives a year of debate over its cost and its future", a.subheadline());
        assertEquals(List.of("Jane Roe", "John Smith"), a.authors());
        assertEquals(new ArticleDate("Updated March 5, 2024", "2024-03-05", "updated"), a.date());
        assertTrue(a.body().startsWith("The council of Harbour Town"));
        assertTrue(a.body().endsWith("agreed with them."));
        assertEquals(2, a.body().split("\n\n").length, "paragraphs separated by one blank line");
        assertEquals("text", a.sources().get("headline"));
    }

    /** A page copied from a browser: the headline sits among menus, buttons and a picture's credit. */
    static final String COPIED = String.join(
            "\n",
            "Skip to content",
            "Home",
            "Harbour Town Votes to Keep Its Ferry",
            "Weather",
            "Sign in",
            "Local",
            "Harbour Town Votes to Keep Its Ferry",
            "Islanders celebrate the decision after a year of debate over the ferry",
            "Share on Facebook",
            "The old ferry leaves the harbour at dawn. Photo: Jane Roe",
            "By Jane Roe",
            "The council of Harbour Town voted on Tuesday to keep the ferry that links the island to the"
                    + " mainland, after a year of debate about its cost and its future.",
            "Fishermen had argued that the ferry was the only way to get their catch to the market in time,"
                    + " and the council voted with them after a long debate.");

    @Test
    void copiedPageHeadlineIsTheRepeatedLineThatSharesTheBodysWords() {
        Article a = extract(COPIED, PageMetadata.EMPTY);
        assertEquals("Harbour Town Votes to Keep Its Ferry", a.headline());
        assertEquals("Islanders celebrate the decision after a year of debate over the ferry", a.subheadline());
        assertEquals(List.of("Jane Roe"), a.authors());
    }

    @Test
    void bareNamesBetweenHeadlineAndBodyAreTheByline() {
        String page = String.join(
                "\n",
                "Menu",
                "Harbour Town Votes to Keep Its Ferry",
                "Share on Facebook",
                "Jane Roe",
                "Related Topics",
                "The council of Harbour Town voted on Tuesday to keep the ferry that links the island to the"
                        + " mainland, after a year of debate about its cost and its future.",
                "Fishermen had argued that the ferry was the only way to get their catch to the market in time.");
        Article a = extract(page, PageMetadata.EMPTY);
        assertEquals("Harbour Town Votes to Keep Its Ferry", a.headline());
        assertEquals(List.of("Jane Roe"), a.authors());
        assertTrue(a.body().startsWith("The council of Harbour Town"));
    }

    @Test
    void aJapaneseHeadlineOfManyCharactersIsFoundByItsSharedCharacters() {
        String page = String.join(
                "\n",
                "ニュース",
                "東京",
                "港町の市議会がフェリーの存続を決定し島民は長い議論の末に安堵の声を上げた",
                "共有する",
                "港町の市議会は火曜日、島と本土を結ぶフェリーの存続を決定した。一年にわたる議論の末の決定で、島民からは安堵の声が上がった。",
                "漁業者はフェリーが市場に魚を届ける唯一の手段だと訴えていた。");
        Article a = extract(page, PageMetadata.EMPTY);
        assertEquals("港町の市議会がフェリーの存続を決定し島民は長い議論の末に安堵の声を上げた", a.headline());
    }

    @Test
    void aSlashedDateIsReadDayFirstOnAPageNotInEnglish() {
        String page = String.join(
                "\n",
                "Stadtrat stimmt für die Fähre",
                "Veröffentlicht am 06/01/2026",
                "Der Stadtrat hat am Dienstag beschlossen, dass die Fähre zwischen der Insel und dem Festland auch"
                        + " in den kommenden Jahren fahren wird, nachdem ein Jahr lang über die Kosten gestritten wurde.",
                "Die Fischer hatten gesagt, dass die Fähre der einzige Weg sei, um ihren Fang rechtzeitig auf den"
                        + " Markt zu bringen, und der Stadtrat ist ihnen gefolgt.");
        assertEquals("2026-01-06", extract(page, PageMetadata.EMPTY).date().iso());
    }

    @Test
    void aSlashedDateFollowsTheOrderThePagesOtherDatesShow() {
        String english = String.join(
                "\n",
                "Harbour Town Votes to Keep Its Ferry",
                "Published 06/01/2026",
                "The council of Harbour Town voted on Tuesday to keep the ferry that links the island to the"
                        + " mainland, after a year of debate about its cost.",
                "Fishermen had argued since the meeting of %s that the service was the only way to get their catch"
                        + " to the market in time.");
        assertEquals(
                "2026-06-01",
                extract(english.replace("%s", "12/25/2025"), PageMetadata.EMPTY)
                        .date()
                        .iso());
        assertEquals(
                "2026-01-06",
                extract(english.replace("%s", "25/12/2025"), PageMetadata.EMPTY)
                        .date()
                        .iso());
    }

    @Test
    void aButtonOrACreditNearTheBodyIsNoHeadline() {
        String page = String.join(
                "\n",
                "Sign in",
                "Share on Facebook",
                "Storm closes the mountain pass (Photo: John Smith / Reuters)",
                "The mountain pass closed on Sunday after a storm brought snow and strong winds to the valley.",
                "Drivers were told to wait in the valley until the road is cleared of snow on Monday.");
        Article a = extract(page, PageMetadata.EMPTY);
        assertNull(a.headline());
    }

    @Test
    void bareNameUnderHeadlineIsTheAuthor() {
        String page = "Harbour Town Votes to Keep Its Ferry\nJane Roe Views\n"
                + "The council of Harbour Town voted on Tuesday to keep the ferry that links the island, it said.\n"
                + "Fishermen had argued that the service was the only way to get their catch to the market.";
        Article a = extract(page, PageMetadata.EMPTY);
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals("Harbour Town Votes to Keep Its Ferry", a.headline());
        assertNull(a.date());
    }

    @Test
    void dateInFirstParagraphIsNotTheArticleDate() {
        String page = "Ambassador Meets President\n"
                + "On March 16, the ambassador met the president in the capital, according to state media reports.\n"
                + "Both sides praised the long friendship between the two countries and promised more trade.";
        assertNull(extract(page, PageMetadata.EMPTY).date());
    }

    @Test
    void prefersMarkupAndRemovesSiteName() {
        PageMetadata meta = new PageMetadata(
                List.of(new Evidence("Harbour Town Votes to Keep Its Ferry | Harbour Times", "meta:og:title")),
                List.of(),
                List.of(new Evidence("By Jane Roe", "json-ld")),
                List.of(new Evidence("2024-03-04T09:00:00+01:00", "json-ld")),
                List.of(),
                List.of(new Evidence("Harbour Times", "meta:og:site_name")),
                "en",
                "");
        Article a = extract(PAGE, meta);
        assertEquals("Harbour Town Votes to Keep Its Ferry", a.headline());
        assertEquals("meta:og:title", a.sources().get("headline"));
        assertEquals(List.of("Jane Roe"), a.authors());
        assertEquals("json-ld", a.sources().get("authors"));
        assertEquals(new ArticleDate("2024-03-04T09:00:00+01:00", "2024-03-04", "published"), a.date());
    }

    @Test
    void siteNameSuffixWithoutKnownSite() {
        // Only a title tag loses an unknown suffix: elsewhere it may be the headline's second half.
        assertEquals(
                "Harbour Town Votes to Keep Its Ferry",
                Headlines.withoutSiteName("Harbour Town Votes to Keep Its Ferry - Harbour Times", List.of(), true));
        assertEquals(
                "Left - Right - Centre of the Debate Explained",
                Headlines.withoutSiteName("Left - Right - Centre of the Debate Explained", List.of()));
    }

    @Test
    void emptyPageGivesEmptyArticle() {
        Article a = extract("", PageMetadata.EMPTY);
        assertNull(a.headline());
        assertEquals("", a.body());
        assertTrue(a.authors().isEmpty());
    }

    @Test
    void titleTagSuffixNamesTheSiteForOtherTitles() {
        PageMetadata meta = new PageMetadata(
                List.of(
                        new Evidence("Harbour Town Keeps Its Ferry | Island Paper", "meta:og:title"),
                        new Evidence("Ferry: Harbour Town Keeps Its Ferry | Island Paper", "title")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "");
        assertEquals("Harbour Town Keeps Its Ferry", extract(PAGE, meta).headline());
    }

    @Test
    void markupHeadlineKeepsItsSecondHalf() {
        PageMetadata meta = new PageMetadata(
                List.of(new Evidence("Fire in a Factory – Heavy Smoke", "json-ld")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Evidence("Harbour Times", "meta:og:site_name")),
                "en",
                "");
        assertEquals("Fire in a Factory – Heavy Smoke", extract(PAGE, meta).headline());
    }

    static PageMetadata authorsAndSite(List<Evidence> authors, String site) {
        return new PageMetadata(
                List.of(),
                List.of(),
                authors,
                List.of(),
                List.of(),
                List.of(new Evidence(site, "meta:og:site_name")),
                "en",
                "");
    }

    @Test
    void markupAgencyIsTheAuthorWhenNoPersonIsNamed() {
        Article a = extract(
                PAGE.replace("By Jane Roe and John Smith ", ""),
                authorsAndSite(List.of(new Evidence("dpa", "json-ld")), "Harbour Times"));
        assertEquals(List.of("dpa"), a.authors());
        assertEquals("json-ld", a.sources().get("authors"));
    }

    @Test
    void siteAsAuthorGivesWayToAMarkedByline() {
        Article a =
                extract(PAGE, authorsAndSite(List.of(new Evidence("harbourtimes.com", "json-ld")), "Harbour Times"));
        assertEquals(List.of("Jane Roe", "John Smith"), a.authors());
        assertEquals("text", a.sources().get("authors"));
        Article none = extract(
                PAGE.replace("By Jane Roe and John Smith ", ""),
                authorsAndSite(List.of(new Evidence("harbourtimes.com", "json-ld")), "Harbour Times"));
        assertEquals(List.of("harbourtimes.com"), none.authors());
    }

    @Test
    void siteBesideAPersonIsTheEmployer() {
        Article a = extract(
                PAGE, authorsAndSite(List.of(new Evidence("Ann Lee, Harbour Times", "meta:author")), "Harbour Times"));
        assertEquals(List.of("Ann Lee"), a.authors());
    }

    @Test
    void manyAuthorElementsAreTeasers() {
        List<Evidence> cards = List.of(
                new Evidence("Ann Lee", "itemprop:author"),
                new Evidence("Bo Rye", "itemprop:author"),
                new Evidence("Cy Dunn", "itemprop:author"),
                new Evidence("Di Fox", "itemprop:author"),
                new Evidence("Ed Gray", "itemprop:author"));
        assertEquals(
                List.of("Ann Lee"),
                extract(PAGE, authorsAndSite(cards, "Harbour Times")).authors());
    }

    static PageMetadata published(String... values) {
        return new PageMetadata(
                List.of(),
                List.of(),
                List.of(),
                java.util.Arrays.stream(values)
                        .map(v -> new Evidence(v, "json-ld"))
                        .toList(),
                List.of(),
                List.of(),
                "en",
                "");
    }

    @Test
    void utcTimestampTakesTheLocalDayTheBylineShows() {
        String page = PAGE.replace("Updated March 5, 2024", "Updated March 4, 2024");
        assertEquals(
                "2024-03-04",
                extract(page, published("2024-03-05T01:30:00Z")).date().iso());
        // Midday in UTC is the same day nearly everywhere: the markup's day stands.
        assertEquals(
                "2024-03-05",
                extract(page, published("2024-03-05T12:30:00Z")).date().iso());
        // A timestamp with its own offset is already local.
        assertEquals(
                "2024-03-05",
                extract(page, published("2024-03-05T01:30:00+01:00")).date().iso());
    }

    static PageMetadata publishedAt(String url, Evidence... published) {
        return new PageMetadata(List.of(), List.of(), List.of(), List.of(published), List.of(), List.of(), "en", url);
    }

    @Test
    void theDayInTheAddressIsThePublicationDay() {
        Article a = extract(
                PAGE, publishedAt("https://example.org/2024/03/02/ferry", new Evidence("2024-03-09", "json-ld")));
        assertEquals("2024-03-02", a.date().iso());
        assertEquals("url", a.sources().get("date"));
        Article same = extract(
                PAGE,
                publishedAt("https://example.org/2024/03/09/ferry", new Evidence("2024-03-09T10:00+01:00", "json-ld")));
        assertEquals("json-ld", same.sources().get("date"));
    }

    static PageMetadata publishedAndModified(String published, String modified) {
        return new PageMetadata(
                List.of(),
                List.of(),
                List.of(),
                List.of(new Evidence(published, "json-ld")),
                List.of(new Evidence(modified, "json-ld")),
                List.of(),
                "en",
                "");
    }

    @Test
    void theUpdateDayWinsWhenThePageShowsOnlyThatOne() {
        // The byline shows "Updated March 5, 2024": the day readers see.
        Article a = extract(PAGE, publishedAndModified("2024-03-01T09:00:00+01:00", "2024-03-05T10:00:00+01:00"));
        assertEquals("2024-03-05", a.date().iso());
        assertEquals("updated", a.date().kind());
        assertEquals("json-ld (shown on the page)", a.sources().get("date"));
        // Shown both, or neither: the publication day stands.
        String both = PAGE.replace("Updated March 5, 2024", "March 1, 2024, updated March 5, 2024");
        assertEquals(
                "2024-03-01",
                extract(both, publishedAndModified("2024-03-01T09:00:00+01:00", "2024-03-05T10:00:00+01:00"))
                        .date()
                        .iso());
        String note = PAGE.replace(
                "and the council agreed with them.",
                "and the council agreed with them (first published in March 2024).");
        assertEquals(
                "2024-03-01",
                extract(note, publishedAndModified("2024-03-01T09:00:00+01:00", "2024-03-05T10:00:00+01:00"))
                        .date()
                        .iso());
        assertEquals(
                "2024-03-01",
                extract(PAGE, publishedAndModified("2024-03-01T09:00:00+01:00", "2024-03-07T10:00:00+01:00"))
                        .date()
                        .iso());
    }

    @Test
    void aMonthAloneLetsAParagraphThatOpensWithItsDayDateThePage() {
        String page = "Jobs Report for the Region\n\nJanuary 2022\n\n"
                + "01.02.2022 – The number of people out of work fell again in January, the agency said on Tuesday"
                + " in its monthly report on the region.\n\n"
                + "The agency expects the number to rise a little in February, as it does every winter.";
        Article a = extract(page, PageMetadata.EMPTY);
        assertEquals("2022-02-01", a.date().iso());
        assertEquals("text:page", a.sources().get("date"));
    }

    @Test
    void aTemplatesPostedOnSentenceDatesAPageWithoutOtherDates() {
        String page = "Harbour Town Votes to Keep Its Ferry\n\n"
                + "The council of Harbour Town voted to keep the ferry that links the island to the mainland, after"
                + " a year of debate about its cost.\n\n"
                + "This entry was posted in Local News on Saturday, December 3, 2011 at 10:15 and tagged ferry,"
                + " council. There are already nine comments on this entry, so what do you think about the ferry,"
                + " its cost and the vote of the council?\n\n";
        Article a = extract(page, PageMetadata.EMPTY);
        assertEquals("2011-12-03", a.date().iso());
        assertEquals("published", a.date().kind());
        Article edited = extract(
                page.replace("This entry was posted in Local News on", "This page was last edited on"),
                PageMetadata.EMPTY);
        assertEquals(new ArticleDate("December 3, 2011", "2011-12-03", "updated"), edited.date());
        // Without the verb the sentence may date anything the article tells of.
        assertNull(extract(page.replace("was posted", "happened"), PageMetadata.EMPTY)
                .date());
    }

    @Test
    void theVisibleBylineOutranksWeakMarkupDates() {
        Article a = extract(PAGE, publishedAt("", new Evidence("2023-01-01", "time:first")));
        assertEquals("2024-03-05", a.date().iso());
        assertEquals("text", a.sources().get("date"));
    }

    @Test
    void aUtcTimestampTakesTheLocalDayOfTheSameMoment() {
        Article a = extract(
                PAGE.replace("Updated March 5, 2024", ""),
                publishedAt(
                        "",
                        new Evidence("2023-11-09T01:49:00Z", "json-ld"),
                        new Evidence("2023-11-08T19:49:00-06:00", "meta:article:published_time"),
                        new Evidence("2023-11-10T08:00:00-06:00", "time")));
        assertEquals("2023-11-08", a.date().iso());
    }

    @Test
    void markupBodyStandsInForAPageThatScriptsBuild() {
        String body = "The council of Harbour Town voted on Tuesday to keep the ferry.\nFishermen had argued for it.";
        PageMetadata meta = new PageMetadata(
                List.of(new Evidence("Harbour Town Keeps Its Ferry", "json-ld")),
                List.of(new Evidence("A short summary of the vote.", "meta:description")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                List.of(new Evidence(body, "json-ld", 42)));
        Article a = extract("", meta);
        assertEquals(
                "The council of Harbour Town voted on Tuesday to keep the ferry.\n\nFishermen had argued for it.",
                a.body());
        assertEquals("json-ld", a.sources().get("body"));
        assertEquals(42, a.bodyBlocks().get(0).start(), "offsets point at the script the text came from");
    }

    @Test
    void descriptionIsTheLastResortForAnEmptyPage() {
        PageMetadata meta = new PageMetadata(
                List.of(new Evidence("Harbour Town Keeps Its Ferry", "json-ld")),
                List.of(new Evidence(
                        "The council kept the island ferry after a year of debate.", "meta:og:description")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "");
        Article a = extract("", meta);
        assertEquals("The council kept the island ferry after a year of debate.", a.body());
        assertEquals("meta:og:description", a.sources().get("body"));
    }

    @Test
    void visibleBodyWinsOverAShortMarkupSummary() {
        PageMetadata meta = new PageMetadata(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "en",
                "",
                List.of(new Evidence("A summary that is much shorter than the article.", "json-ld", 0)));
        assertEquals("text", extract(PAGE, meta).sources().get("body"));
    }
}
