package dev.corpus.load.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corpus.load.Evidence;
import dev.corpus.load.PageMetadata;
import dev.corpus.util.Split;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
    private static final int MAX_JSON_CHARS = 1 << 20;
    private static final int MAX_JSON_SCRIPTS = 20;
    private static final int MAX_VALUE_CHARS = 1000;
    private static final int MAX_VALUES = 20;
    private static final int MAX_TIMES = 50;
    private static final int MAX_GRAPH_NODES = 500;
    /** A kicker and a headline, perhaps a visually hidden separator between them: more parts are styling. */
    private static final int MAX_HEADING_PARTS = 3;
    /** A headline part shorter than this is a styled word, not the headline under a kicker. */
    private static final int MIN_SPLIT_HEADLINE_WORDS = 3;
    /** Runs of whitespace, NBSP and the other Unicode spaces that {@link #clean} collapses. */
    /** The separator between a kicker and its headline, left at the kicker's end. */
    private static final java.util.regex.Pattern KICKER_END = java.util.regex.Pattern.compile("[\\s:\\-–—|]+$");

    private static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    /** Class words that mark a time element as the publication time. */
    private static final java.util.regex.Pattern PUBLISHED_CLASS =
            java.util.regex.Pattern.compile("publish|posted|entry-date|pubdate|post-date|article-date");
    /** The tags of {@link #inNavigation}'s select; its class test is {@link #BREADCRUMB}, as {@code [class~=(?i)breadcrumb]}. */
    private static final Set<String> NAVIGATION_TAGS = Set.of("nav", "li", "aside", "footer");

    private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile("(?i)breadcrumb");

    // Bounded like every other input: deep nesting or huge strings fail the script, not the run.
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(MAX_JSON_CHARS)
                            .maxNumberLength(100)
                            .maxDocumentLength(MAX_JSON_CHARS)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private HtmlMetadata() {}

    public static PageMetadata extract(ParsedHtml page) {
        MetadataElements els = page.metadataElements();
        Map<String, List<String>> meta = metaTags(els);
        JsonLd ld = jsonLd(els, page.spans);

        Values titles = new Values(true);
        ld.articles.forEach(a -> titles.add(text(a.get("headline")), "json-ld"));
        titles.addMeta(meta, "og:title", "twitter:title");
        if (els.title != null) {
            titles.add(els.title.text(), "title");
        }
        if (els.h1 != null) {
            titles.add(els.h1.text(), "h1");
        }
        addKickerSplit(els, titles);

        Values descriptions = new Values();
        descriptions.addMeta(meta, "og:description", "description");
        ld.articles.forEach(a -> descriptions.add(text(a.get("description")), "json-ld"));
        descriptions.addMeta(meta, "twitter:description");

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
        for (Element e : els.itempropAuthors) {
            Element name = MetadataElements.itempropName(e);
            String value = name != null ? valueOf(name) : valueOf(e);
            authors.add(value, "itemprop:author");
        }
        for (Element e : els.relAuthors) {
            authors.add(e.text(), "rel:author");
        }

        Values published = new Values();
        ld.articles.forEach(a -> published.add(text(a.get("datePublished")), "json-ld"));
        published.addMeta(
                meta,
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
                "citation_publication_date");
        for (Element e : els.itempropPublished) {
            published.add(valueOf(e), "itemprop:datePublished");
        }
        addTimes(els, published);
        // A page node's date (WebPage) is the page's, often the article's too, but a CMS may set it for the
        // page template: weaker than the article's own.
        ld.pages.forEach(n -> published.add(text(n.get("datePublished")), "json-ld:page"));
        addFirstTime(els, published);

        Values modified = new Values();
        ld.articles.forEach(a -> modified.add(text(a.get("dateModified")), "json-ld"));
        modified.addMeta(meta, "article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified");
        for (Element e : els.itempropModified) {
            modified.add(valueOf(e), "itemprop:dateModified");
        }

        Values siteNames = new Values();
        siteNames.addMeta(meta, "og:site_name");
        ld.articles.forEach(a -> ld.names(a.get("publisher")).forEach(n -> siteNames.add(n, "json-ld")));
        siteNames.addMeta(meta, "application-name");

        Values language = new Values();
        if (els.html != null) {
            language.add(els.html.attr("lang"), "html:lang");
        }
        language.addMeta(meta, "og:locale", "content-language");

        return new PageMetadata(
                titles.list,
                descriptions.list,
                authors.list,
                published.list,
                modified.list,
                siteNames.list,
                language.list.isEmpty() ? "" : language.list.get(0).value(),
                url(els, meta),
                ld.bodies);
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

    private static boolean looksLikeUrl(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//") || s.startsWith("www.");
    }

    /** A string node's text, or the first string of an array; "" for anything else. */
    static String text(@Nullable JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray() && !node.isEmpty() && node.get(0).isTextual()) {
            return node.get(0).textValue();
        }
        return "";
    }

    static JsonLd jsonLd(MetadataElements els, SourceSpans spans) {
        JsonLd ld = new JsonLd();
        int scripts = 0;
        for (Element script : els.scripts) {
            if (!script.attr("type").trim().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            if (++scripts > MAX_JSON_SCRIPTS) {
                break;
            }
            String data = script.data();
            if (data.length() > MAX_JSON_CHARS) {
                continue;
            }
            try {
                int before = ld.articles.size();
                ld.addRoot(JSON.readTree(stripWrapper(data)));
                int at = spans.elementStart(script);
                for (JsonNode article : ld.articles.subList(before, ld.articles.size())) {
                    String body = text(article.get("articleBody")).strip();
                    if (!body.isEmpty()) {
                        ld.bodies.add(new Evidence(body, "json-ld", at));
                    }
                }
            } catch (Exception e) {
                // Broken JSON-LD is common and says nothing about the page: skip that script.
            }
        }
        return ld;
    }

    // Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
    private static String stripWrapper(String data) {
        String s = data.trim();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "").replace("//]]>", "").trim();
        return s;
    }

    /** The article objects of a page's JSON-LD, and every node with an @id for resolving references. */
    static final class JsonLd {
        final List<JsonNode> articles = new ArrayList<>();
        /** Other top-level nodes that carry a publication date (WebPage, ...). */
        final List<JsonNode> pages = new ArrayList<>();
        /** The articles' articleBody texts, with where their script starts. */
        final List<Evidence> bodies = new ArrayList<>();

        private final Map<String, JsonNode> byId = new HashMap<>();

        void addRoot(@Nullable JsonNode root) {
            if (root == null) {
                return;
            }
            // Only top-level nodes, @graph members and main entities: nested articles are related links.
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            int seen = 0;
            while (!queue.isEmpty() && seen++ < MAX_GRAPH_NODES) {
                JsonNode node = queue.poll();
                if (node.isArray()) {
                    node.forEach(queue::add);
                    continue;
                }
                if (!node.isObject()) {
                    continue;
                }
                String id = text(node.get("@id"));
                if (!id.isEmpty() && node.size() > 1) {
                    byId.putIfAbsent(id, node);
                }
                if (isArticle(node.get("@type"))) {
                    articles.add(node);
                } else if (node.has("datePublished")) {
                    pages.add(node);
                }
                for (String key : List.of("@graph", "mainEntity")) {
                    JsonNode child = node.get(key);
                    if (child != null) {
                        queue.add(child);
                    }
                }
            }
        }

        /** Names of a person/organization value: string, object with name, @id reference, or array. */
        List<String> names(@Nullable JsonNode value) {
            List<String> names = new ArrayList<>();
            if (value == null) {
                return names;
            }
            List<JsonNode> items = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(items::add);
            } else {
                items.add(value);
            }
            for (JsonNode item : items.subList(0, Math.min(items.size(), MAX_VALUES))) {
                if (item.isTextual()) {
                    if (!looksLikeUrl(item.textValue())) {
                        names.add(item.textValue());
                    }
                } else if (item.isObject()) {
                    JsonNode resolved = item;
                    String ref = text(item.get("@id"));
                    if (!item.has("name") && byId.containsKey(ref)) {
                        resolved = byId.get(ref);
                    }
                    String name = text(resolved.get("name"));
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
            return names;
        }

        private static boolean isArticle(@Nullable JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (isArticle(t)) {
                        return true;
                    }
                }
                return false;
            }
            String t = type.asText("");
            // A fact check's ClaimReview is the article itself; its author is the fact checker.
            return t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report") || t.equals("ClaimReview");
        }
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
