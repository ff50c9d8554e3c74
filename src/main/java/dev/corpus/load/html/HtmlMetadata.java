package dev.corpus.load.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpus.load.Evidence;
import dev.corpus.load.PageMetadata;
import dev.corpus.util.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a page's markup states about its article: JSON-LD, meta tags, title, h1, time elements.
 * Values are cleaned only of markup (entities, whitespace); interpreting them is a later stage's job.
 */
public final class HtmlMetadata {
    private static final int MAX_VALUE_CHARS = 1000;
    /** How many values a field keeps, and how many items of a JSON-LD name list are read. */
    static final int MAX_VALUES = 20;

    private static final int MAX_TIMES = 50;
    /** A kicker and a headline, perhaps a visually hidden separator between them: more parts are styling. */
    private static final int MAX_HEADING_PARTS = 3;
    /** A headline part shorter than this is a styled word, not the headline under a kicker. */
    private static final int MIN_SPLIT_HEADLINE_WORDS = 3;
    /** The separator between a kicker and its headline, left at the kicker's end. */
    private static final java.util.regex.Pattern KICKER_END = java.util.regex.Pattern.compile("[\\s:\\-–—|]+$");

    /** Runs of whitespace, NBSP and the other Unicode spaces that {@link #clean} collapses. */
    private static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    /** Class words that mark a time element as the publication time. */
    private static final java.util.regex.Pattern PUBLISHED_CLASS =
            java.util.regex.Pattern.compile("publish|posted|entry-date|pubdate|post-date|article-date");
    /**
     * The tags of {@link #inNavigation}'s select; its class test is {@link #BREADCRUMB}, as
     * {@code [class~=(?i)breadcrumb]}.
     */
    private static final Set<String> NAVIGATION_TAGS = Set.of("nav", "li", "aside", "footer");

    private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile("(?i)breadcrumb");

    /** The meta tags that state the publication time, in the order their values are taken. */
    private static final String[] PUBLISHED_META = {
        "article:published_time",
        "og:published_time",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "parsely-pub-date",
        "sailthru.date",
        "og:article:published_time",
        "datepublished",
        "dcterms.date",
        "dcterms.created",
        "dc.date.created",
        "publicationdate",
        "publication_date",
        "citation_publication_date"
    };

    private HtmlMetadata() {}

    public static PageMetadata extract(ParsedHtml page) {
        MetadataElements els = page.metadataElements();
        Map<String, List<String>> meta = metaTags(els);
        JsonLd ld = JsonLd.of(els, page.spans);
        return new PageMetadata(
                titles(els, meta, ld),
                descriptions(meta, ld),
                authors(els, meta, ld),
                published(els, meta, ld),
                modified(els, meta, ld),
                siteNames(meta, ld),
                language(els, meta),
                url(els, meta),
                ld.bodies);
    }

    private static List<Evidence> titles(MetadataElements els, Map<String, List<String>> meta, JsonLd ld) {
        Values titles = new Values(true);
        titles.addJsonLd(ld.articles, "headline");
        titles.addMeta(meta, "og:title", "twitter:title");
        if (els.title != null) {
            titles.add(els.title.text(), "title");
        }
        if (els.h1 != null) {
            titles.add(els.h1.text(), "h1");
        }
        addKickerSplit(els, titles);
        return titles.list;
    }

    private static List<Evidence> descriptions(Map<String, List<String>> meta, JsonLd ld) {
        Values descriptions = new Values();
        descriptions.addMeta(meta, "og:description", "description");
        descriptions.addJsonLd(ld.articles, "description");
        descriptions.addMeta(meta, "twitter:description");
        return descriptions.list;
    }

    private static List<Evidence> authors(MetadataElements els, Map<String, List<String>> meta, JsonLd ld) {
        Values authors = new Values();
        ld.articles.forEach(a -> ld.names(a.get("author")).forEach(n -> authors.add(n, "json-ld")));
        authors.addMeta(meta, "author");
        for (String v : meta.getOrDefault("article:author", List.of())) {
            if (!looksLikeUrl(v)) {
                authors.add(v, "meta:article:author");
            }
        }
        authors.addMeta(meta, "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:misc:written by");
        addWrittenBy(meta, authors);
        addMarkupAuthors(els, authors);
        return authors.list;
    }

    /** Microdata authors (their itemprop name if they have one) and rel=author links. */
    private static void addMarkupAuthors(MetadataElements els, Values authors) {
        for (Element e : els.itempropAuthors) {
            Element name = MetadataElements.itempropName(e);
            String value = name != null ? valueOf(name) : valueOf(e);
            authors.add(value, "itemprop:author");
        }
        for (Element e : els.relAuthors) {
            authors.add(e.text(), "rel:author");
        }
    }

    private static List<Evidence> published(MetadataElements els, Map<String, List<String>> meta, JsonLd ld) {
        Values published = new Values();
        published.addJsonLd(ld.articles, "datePublished");
        published.addMeta(meta, PUBLISHED_META);
        for (Element e : els.itempropPublished) {
            published.add(valueOf(e), "itemprop:datePublished");
        }
        addTimes(els, published);
        // A page node's date (WebPage) is the page's, often the article's too, but a CMS may set it for the
        // page template: weaker than the article's own.
        ld.pages.forEach(n -> published.add(JsonLd.text(n.get("datePublished")), "json-ld:page"));
        addFirstTime(els, published);
        return published.list;
    }

    private static List<Evidence> modified(MetadataElements els, Map<String, List<String>> meta, JsonLd ld) {
        Values modified = new Values();
        modified.addJsonLd(ld.articles, "dateModified");
        modified.addMeta(meta, "article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified");
        for (Element e : els.itempropModified) {
            modified.add(valueOf(e), "itemprop:dateModified");
        }
        return modified.list;
    }

    private static List<Evidence> siteNames(Map<String, List<String>> meta, JsonLd ld) {
        Values siteNames = new Values();
        siteNames.addMeta(meta, "og:site_name");
        ld.articles.forEach(a -> ld.names(a.get("publisher")).forEach(n -> siteNames.add(n, "json-ld")));
        siteNames.addMeta(meta, "application-name");
        return siteNames.list;
    }

    /** The first of the html element's lang, og:locale and content-language; "" when none is given. */
    private static String language(MetadataElements els, Map<String, List<String>> meta) {
        Values language = new Values();
        if (els.html != null) {
            language.add(els.html.attr("lang"), "html:lang");
        }
        language.addMeta(meta, "og:locale", "content-language");
        return language.list.isEmpty() ? "" : language.list.get(0).value();
    }

    /**
     * The article's visible heading when it is built of a kicker and the headline proper ("Storm damage" over
     * "Ferry service suspended until Monday"): the headline part as "heading", the kicker as "heading:kicker".
     * Sites write either into their metadata, with or without the kicker; seeing both parts lets the article
     * stage tell which of the markup's titles is the headline readers see.
     */
    private static void addKickerSplit(MetadataElements els, Values titles) {
        Element heading = articleHeading(els);
        if (heading == null || !heading.ownText().isBlank()) {
            return;
        }
        // Parts without letters are separators shown only to screen readers (" - ", ":").
        List<Element> parts = heading.children().stream()
                .filter(c -> c.text().codePoints().anyMatch(Character::isLetterOrDigit))
                .toList();
        if (parts.size() < 2 || parts.size() > MAX_HEADING_PARTS) {
            return;
        }
        String headline = parts.get(parts.size() - 1).text();
        String kicker = String.join(
                " ",
                parts.subList(0, parts.size() - 1).stream().map(Element::text).toList());
        if (Split.onWhitespace(headline).size() < MIN_SPLIT_HEADLINE_WORDS) {
            return; // words in separate spans (styling), not a kicker and a headline
        }
        titles.add(headline, "heading");
        titles.add(KICKER_END.matcher(kicker).replaceFirst(""), "heading:kicker");
    }

    /**
     * The article's heading: the first h1 outside navigation; when the page's h1 is only a breadcrumb's last
     * item, the first h2 after it outside navigation.
     */
    private static @Nullable Element articleHeading(MetadataElements els) {
        boolean navH1 = false;
        for (Element h : els.headings) {
            boolean h1 = h.normalName().equals("h1");
            if (inNavigation(h)) {
                navH1 |= h1;
            } else if (h1 || navH1) {
                return h;
            }
        }
        return null;
    }

    /**
     * In a menu, a breadcrumb, a list of teasers, a sidebar or the footer: as {@code e.closest("nav, li, aside,
     * footer, [class~=(?i)breadcrumb]") != null}, walking the ancestors itself, as jsoup parses a query on every
     * call of closest(String).
     */
    static boolean inNavigation(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (NAVIGATION_TAGS.contains(p.normalName())
                    || (p.hasAttr("class")
                            && BREADCRUMB.matcher(p.attr("class")).find())) {
                return true;
            }
        }
        return false;
    }

    /** As {@code e.closest(tag)} for a tag name, without parsing a query (see {@link #inNavigation}). */
    static @Nullable Element closest(Element e, String tag) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return p;
            }
        }
        return null;
    }

    /**
     * SEO plugins (Yoast) label twitter card data: "twitter:label1" = "Written by" names the author in
     * "twitter:data1"; sites whose "author" meta holds an e-mail address name the person only there.
     */
    private static void addWrittenBy(Map<String, List<String>> meta, Values authors) {
        for (int i = 1; i <= 4; i++) {
            List<String> label = meta.getOrDefault("twitter:label" + i, List.of());
            if (!label.isEmpty() && label.get(0).strip().equalsIgnoreCase("written by")) {
                for (String v : meta.getOrDefault("twitter:data" + i, List.of())) {
                    authors.add(v, "meta:twitter:written-by");
                }
            }
        }
    }

    /** The page's own address: the canonical link, else og:url; "" when neither is an absolute URL. */
    private static String url(MetadataElements els, Map<String, List<String>> meta) {
        List<String> found = new ArrayList<>();
        for (Element link : els.canonicals) {
            found.add(link.attr("href"));
        }
        found.addAll(meta.getOrDefault("og:url", List.of()));
        for (String u : found) {
            String c = clean(u);
            if (c.startsWith("http://") || c.startsWith("https://")) {
                return c;
            }
        }
        return "";
    }

    /**
     * Time elements that belong to this article: marked as the publication time (pubdate, a class such as
     * "published" or "entry-date"), or in the article's header near its h1. Times in lists (teasers of other
     * articles, archives) and in other articles' cards are not this article's.
     */
    private static void addTimes(MetadataElements els, Values published) {
        List<Element> times = times(els);
        Element h1 = els.h1;
        Element mainArticle = h1 == null ? null : closest(h1, "article");
        boolean oneArticle = els.articles == 1;
        if (times.isEmpty()) {
            return;
        }
        HeadlinePlace place = HeadlinePlace.of(els);
        for (Element t : times) {
            if (t.hasAttr("pubdate") || PUBLISHED_CLASS.matcher(classes(t)).find()) {
                published.add(t.attr("datetime"), "time");
            }
        }
        for (Element t : times) {
            if (inList(t)) {
                continue;
            }
            Element article = closest(t, "article");
            boolean inMain = article != null && (article == mainArticle || oneArticle);
            if (inMain || place.inHeaderWithH1(t) || place.nearHeadline(t)) {
                published.add(t.attr("datetime"), "time");
            }
        }
    }

    /** The page's first time element: often a sidebar's or a teaser's, so the weakest of the time sources. */
    private static void addFirstTime(MetadataElements els, Values published) {
        List<Element> times = times(els);
        if (!times.isEmpty()) {
            published.add(times.get(0).attr("datetime"), "time:first");
        }
    }

    private static List<Element> times(MetadataElements els) {
        List<Element> times = els.times;
        return times.size() > MAX_TIMES ? times.subList(0, MAX_TIMES) : times;
    }

    /** The class words of an element and its parent ("entry-date published"). */
    private static String classes(Element e) {
        Element parent = e.parent();
        return (e.className() + " " + (parent == null ? "" : parent.className())).toLowerCase(Locale.ROOT);
    }

    /** Inside a list item: a teaser or an archive entry. */
    private static boolean inList(Element e) {
        return closest(e, "li") != null;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** All meta tags by lowercased name, property, itemprop or http-equiv, values in document order. */
    private static Map<String, List<String>> metaTags(MetadataElements els) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        for (Element m : els.metas) {
            for (String attr : List.of("property", "name", "http-equiv")) {
                String key = m.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(m.attr("content"));
                }
            }
        }
        return meta;
    }

    /** An element's value: content or datetime attribute if given, else its text. */
    private static String valueOf(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        return e.text();
    }

    static boolean looksLikeUrl(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//") || s.startsWith("www.");
    }

    /** A list of evidence: cleaned, bounded, without duplicate values (or duplicate value and source). */
    private static final class Values {
        final List<Evidence> list = new ArrayList<>();
        /** Whether the same value from another source is kept: for titles, agreement is evidence. */
        final boolean repeats;

        Values() {
            this(false);
        }

        Values(boolean repeats) {
            this.repeats = repeats;
        }

        void add(String value, String source) {
            String clean = clean(value);
            if (clean.isEmpty() || list.size() >= MAX_VALUES) {
                return;
            }
            for (Evidence e : list) {
                if (e.value().equals(clean) && (!repeats || e.source().equals(source))) {
                    return;
                }
            }
            list.add(new Evidence(clean, source));
        }

        /** The article nodes' string values of {@code key}, as from source "json-ld". */
        void addJsonLd(List<JsonNode> articles, String key) {
            for (JsonNode a : articles) {
                add(JsonLd.text(a.get(key)), "json-ld");
            }
        }

        void addMeta(Map<String, List<String>> meta, String... keys) {
            for (String key : keys) {
                for (String v : meta.getOrDefault(key, List.of())) {
                    add(v, "meta:" + key);
                }
            }
        }
    }

    /**
     * Whether collapsing {@link #SPACES} and trimming leaves the value as it is: no char of that class but single
     * spaces, none at either end. Most meta values are such, and the regex costs more than this look.
     */
    static boolean isSpacedOnce(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
            return false; // trim would cut it
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // a space is never last here, so the next char is there
            if (c == ' ' ? s.charAt(i + 1) == ' ' : isCollapsedSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The chars of {@link #SPACES} but the plain space. */
    private static boolean isCollapsedSpace(char c) {
        return c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }

    /** Decodes leftover entities, collapses whitespace (NBSP included), trims, bounds the length. */
    static String clean(String value) {
        String s = value.length() > MAX_VALUE_CHARS * 4 ? value.substring(0, MAX_VALUE_CHARS * 4) : value;
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        if (!isSpacedOnce(s)) {
            s = SPACES.matcher(s).replaceAll(" ").trim();
        }
        if (s.length() > MAX_VALUE_CHARS) {
            int end = MAX_VALUE_CHARS;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            s = s.substring(0, end);
        }
        return s;
    }
}
