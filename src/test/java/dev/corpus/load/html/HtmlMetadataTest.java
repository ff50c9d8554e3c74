package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Evidence;
import dev.corpus.load.PageMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private static PageMetadata meta(String html) {
        return HtmlMetadata.extract(HtmlBlocks.parse(html));
    }

    private static Evidence ev(String value, String source) {
        return new Evidence(value, source);
    }

    @Test
    void jsonLdArticleWithAuthorArrayAndPublisher() {
        String html = "<html lang=\"de-AT\"><head><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Big &amp; bold\","
                + "\"description\":\"What happened\",\"datePublished\":\"2024-05-01T10:00:00Z\","
                + "\"dateModified\":\"2024-05-02\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann  Lee\"},"
                + "\"Bob Ray\",{\"@type\":\"Person\",\"name\":\"Ann Lee\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Example\"}}"
                + "</script></head><body></body></html>";
        PageMetadata m = meta(html);
        assertEquals(List.of(ev("Big & bold", "json-ld")), m.titles());
        assertEquals(List.of(ev("What happened", "json-ld")), m.descriptions());
        assertEquals(List.of(ev("Ann Lee", "json-ld"), ev("Bob Ray", "json-ld")), m.authors());
        assertEquals(List.of(ev("2024-05-01T10:00:00Z", "json-ld")), m.published());
        assertEquals(List.of(ev("2024-05-02", "json-ld")), m.modified());
        assertEquals(List.of(ev("Daily Example", "json-ld")), m.siteNames());
        assertEquals("de-AT", m.language());
    }

    @Test
    void jsonLdGraphWithIdReferencesAndTypeArrays() {
        String html = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"#page\",\"name\":\"Page name\"},"
                + "{\"@type\":[\"Article\",\"BlogPosting\"],\"headline\":\"Graph headline\","
                + "\"author\":{\"@id\":\"#person-1\"},\"publisher\":{\"@id\":\"#org\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#person-1\",\"name\":\"Cara Diaz\"},"
                + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Example Times\"}]}</script>"
                + "<script type=\"application/ld+json\">{ broken json </script>";
        PageMetadata m = meta(html);
        assertEquals(List.of(ev("Graph headline", "json-ld")), m.titles());
        assertEquals(List.of(ev("Cara Diaz", "json-ld")), m.authors());
        assertEquals(List.of(ev("Example Times", "json-ld")), m.siteNames());
    }

    @Test
    void deeplyNestedOrHugeJsonLdIsSkipped() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String html = "<script type=\"application/ld+json\">" + deep + "</script><title>Still here</title>";
        PageMetadata m = meta(html);
        assertEquals(List.of(ev("Still here", "title")), m.titles());
    }

    @Test
    void metaTagsInOrderOfTrust() {
        String html = "<html><head>"
                + "<meta property=\"og:title\" content=\"OG  title\">"
                + "<meta name=\"twitter:title\" content=\"Twitter title\">"
                + "<title>Page &amp;amp; title</title>"
                + "<meta name=\"description\" content=\"Meta description\">"
                + "<meta property=\"og:description\" content=\"OG description\">"
                + "<meta name=\"author\" content=\"By Dana Fox\">"
                + "<meta property=\"article:author\" content=\"https://example.com/dana\">"
                + "<meta name=\"parsely-author\" content=\"Eve Gold\">"
                + "<meta name=\"byl\" content=\"By Dana Fox\">"
                + "<meta property=\"article:published_time\" content=\"2023-01-02T03:04:05+01:00\">"
                + "<meta name=\"dc.date\" content=\"2023-01-02\">"
                + "<meta property=\"article:modified_time\" content=\"2023-01-03\">"
                + "<meta property=\"og:site_name\" content=\"The Site\">"
                + "<meta name=\"application-name\" content=\"SiteApp\">"
                + "<meta property=\"og:locale\" content=\"en_GB\">"
                + "</head><body><h1>Visible\u00A0heading</h1>"
                + "<span itemprop=\"author\"><span itemprop=\"name\">Finn Hale</span></span>"
                + "<a rel=\"author\" href=\"/g\">Gil Ives</a></body></html>";
        PageMetadata m = meta(html);
        assertEquals(
                List.of(
                        ev("OG title", "meta:og:title"),
                        ev("Twitter title", "meta:twitter:title"),
                        ev("Page & title", "title"),
                        ev("Visible heading", "h1")),
                m.titles());
        assertEquals(
                List.of(ev("OG description", "meta:og:description"), ev("Meta description", "meta:description")),
                m.descriptions());
        assertEquals(
                List.of(
                        ev("By Dana Fox", "meta:author"),
                        ev("Eve Gold", "meta:parsely-author"),
                        ev("Finn Hale", "itemprop:author"),
                        ev("Gil Ives", "rel:author")),
                m.authors());
        assertEquals(
                List.of(
                        ev("2023-01-02T03:04:05+01:00", "meta:article:published_time"),
                        ev("2023-01-02", "meta:dc.date")),
                m.published());
        assertEquals(List.of(ev("2023-01-03", "meta:article:modified_time")), m.modified());
        assertEquals(
                List.of(ev("The Site", "meta:og:site_name"), ev("SiteApp", "meta:application-name")), m.siteNames());
        assertEquals("en_GB", m.language());
    }

    @Test
    void timeElementsPreferPubdateAndArticleHeader() {
        String html = "<body><aside><time datetime=\"2020-01-01\">old</time></aside>"
                + "<article><header><time datetime=\"2024-02-03T08:00\">Feb 3</time></header>"
                + "<time pubdate datetime=\"2024-02-02\">x</time>"
                + "<span itemprop=\"datePublished\" content=\"2024-02-01\"></span></article></body>";
        PageMetadata m = meta(html);
        assertEquals(
                List.of(
                        ev("2024-02-01", "itemprop:datePublished"),
                        ev("2024-02-02", "time"),
                        ev("2024-02-03T08:00", "time"),
                        ev("2020-01-01", "time:first")),
                m.published());
    }

    @Test
    void emptyPageHasEmptyMetadata() {
        PageMetadata m = meta("<p>no metadata</p>");
        assertTrue(m.titles().isEmpty());
        assertTrue(m.authors().isEmpty());
        assertEquals("", m.language());
    }

    @Test
    void pageUrlFromCanonicalLinkElseOgUrl() {
        assertEquals(
                "https://example.org/2024/05/01/story",
                meta("<html><head><link rel=\"canonical\" href=\"https://example.org/2024/05/01/story\">"
                                + "<meta property=\"og:url\" content=\"https://example.org/other\"></head></html>")
                        .url());
        assertEquals(
                "https://example.org/other",
                meta("<html><head><meta property=\"og:url\" content=\"https://example.org/other\"></head></html>")
                        .url());
        assertEquals(
                "",
                meta("<html><head><link rel=\"canonical\" href=\"/relative\"></head></html>")
                        .url());
    }

    @Test
    void teaserTimesComeAfterTheHeadlinesTimeAndThePageNodeDate() {
        String html = "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2024-04-01\"}</script></head><body>"
                + "<ul><li><time datetime=\"2024-01-01\">teaser</time></li></ul>"
                + "<div><h1>Ferry Kept</h1><p>By Ann Lee <time datetime=\"2024-05-01\">May 1</time></p></div>"
                + "</body></html>";
        assertEquals(
                List.of(ev("2024-05-01", "time"), ev("2024-04-01", "json-ld:page"), ev("2024-01-01", "time:first")),
                meta(html).published());
    }

    @Test
    void titlesKeepTheSameWordsFromEachSourceAndYoastNamesTheWriter() {
        String html = "<html><head><meta property=\"og:title\" content=\"Same words\">"
                + "<title>Same words</title>"
                + "<meta name=\"author\" content=\"a.writer@example.com\">"
                + "<meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Ann Writer\">"
                + "<meta name=\"twitter:label2\" content=\"Est. reading time\">"
                + "<meta name=\"twitter:data2\" content=\"3 minutes\">"
                + "</head><body><h1>Same words</h1></body></html>";
        PageMetadata m = meta(html);
        // Agreement between sources is evidence for the headline, so a repeat is kept with its source.
        assertEquals(
                List.of(ev("Same words", "meta:og:title"), ev("Same words", "title"), ev("Same words", "h1")),
                m.titles());
        assertEquals(
                List.of(ev("a.writer@example.com", "meta:author"), ev("Ann Writer", "meta:twitter:written-by")),
                m.authors());
    }

    @Test
    void headingSplitIntoKickerAndHeadlineUnderABreadcrumbH1() {
        String html = "<html><head><title>Ferry service suspended</title></head><body>"
                + "<nav class=\"crumbs\"><a href=\"/\">Home</a><h1>Ferry service suspended</h1></nav>"
                + "<article><h2><span class=\"top\">Storm damage</span><span class=\"hidden\">: </span>"
                + "<span class=\"big\">Ferry service suspended until Monday</span></h2><p>Text.</p></article>"
                + "</body></html>";
        List<Evidence> titles = meta(html).titles();
        assertTrue(titles.contains(ev("Ferry service suspended until Monday", "heading")), titles.toString());
        assertTrue(titles.contains(ev("Storm damage", "heading:kicker")), titles.toString());
    }

    @Test
    void headingWithItsOwnTextOrStyledWordsIsNotSplit() {
        String own = "<html><body><h1>Ferry <span class=\"em\">suspended until Monday</span></h1></body></html>";
        String styled = "<html><body><h1><span>Ferry</span> <span>suspended</span></h1></body></html>";
        for (String html : List.of(own, styled)) {
            assertTrue(
                    meta(html).titles().stream().noneMatch(t -> t.source().startsWith("heading")),
                    meta(html).titles().toString());
        }
    }

    @Test
    void valuesSpacedOnceSkipTheRegexWithTheSameResult() {
        java.util.regex.Pattern spaces =
                java.util.regex.Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2000\u200A\u200B\u200C\u202F\u205F\u3000\uFEFF\u0001\u0085\u1680";
        java.util.Random random = new java.util.Random(9);
        int fast = 0;
        for (int n = 0; n < 50000; n++) {
            StringBuilder value = new StringBuilder();
            int len = random.nextInt(8);
            for (int i = 0; i < len; i++) {
                value.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'x');
            }
            String v = value.toString();
            String plain = spaces.matcher(v).replaceAll(" ").trim();
            assertEquals(plain, HtmlMetadata.clean(v), v);
            if (HtmlMetadata.isSpacedOnce(v)) {
                assertEquals(plain, v, v);
                fast++;
            }
        }
        assertTrue(fast > 5000, "fast path taken: " + fast);
    }
}
