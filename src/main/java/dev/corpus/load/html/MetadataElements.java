package dev.corpus.load.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The elements {@link HtmlMetadata} reads, gathered in one walk over the page, each list in document order:
 * a large page has thousands of elements, and a CSS select per kind walked all of them a dozen times. Each
 * list holds exactly what the select in its comment gives.
 */
final class MetadataElements {
    // the same patterns the selects used, so that values match alike (ASCII case, a trailing line break)
    private static final Pattern AUTHOR = Pattern.compile("(?i)^author$");
    private static final Pattern NAME = Pattern.compile("(?i)^name$");
    private static final Pattern DATE_PUBLISHED = Pattern.compile("(?i)^datePublished$");
    private static final Pattern DATE_MODIFIED = Pattern.compile("(?i)^dateModified$");
    private static final Pattern CANONICAL = Pattern.compile("(?i)^canonical$");

    /** {@code html}, {@code title}, {@code h1}: the first of each. */
    @Nullable
    Element html;

    @Nullable
    Element title;

    @Nullable
    Element h1;

    /** {@code h1, h2} */
    final List<Element> headings = new ArrayList<>();
    /** {@code meta[content]} */
    final List<Element> metas = new ArrayList<>();
    /** {@code script[type]} */
    final List<Element> scripts = new ArrayList<>();
    /** {@code time[datetime]} */
    final List<Element> times = new ArrayList<>();
    /** {@code [itemprop~=(?i)^author$]} */
    final List<Element> itempropAuthors = new ArrayList<>();
    /** {@code [itemprop~=(?i)^datePublished$]} */
    final List<Element> itempropPublished = new ArrayList<>();
    /** {@code [itemprop~=(?i)^dateModified$]} */
    final List<Element> itempropModified = new ArrayList<>();
    /** {@code a[rel~=(?i)^author$]} */
    final List<Element> relAuthors = new ArrayList<>();
    /** {@code link[rel~=(?i)^canonical$][href]} */
    final List<Element> canonicals = new ArrayList<>();
    /** How many {@code article} elements. */
    int articles;

    MetadataElements() {}

    /** The elements of {@code doc}, in their own walk: for a page whose spans came from no walk of their own. */
    static MetadataElements of(Document doc) {
        MetadataElements found = new MetadataElements();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof Element e) {
                        found.add(e);
                    }
                },
                doc);
        return found;
    }

    /** The first {@code [itemprop~=(?i)^name$]} at or under {@code e}, as {@code e.selectFirst} gives it. */
    static @Nullable Element itempropName(Element e) {
        for (Element d : e.getAllElements()) {
            if (matches(d, "itemprop", NAME)) {
                return d;
            }
        }
        return null;
    }

    /** Takes {@code e} if some list wants it; elements must come in document order, the document itself too. */
    void add(Element e) {
        if (e instanceof Document) {
            return;
        }
        switch (e.normalName()) {
            case "html" -> html = html == null ? e : html;
            case "title" -> title = title == null ? e : title;
            case "h1" -> {
                h1 = h1 == null ? e : h1;
                headings.add(e);
            }
            case "h2" -> headings.add(e);
            case "meta" -> addIf(metas, e, e.hasAttr("content"));
            case "script" -> addIf(scripts, e, e.hasAttr("type"));
            case "time" -> addIf(times, e, e.hasAttr("datetime"));
            case "article" -> articles++;
            case "a" -> addIf(relAuthors, e, matches(e, "rel", AUTHOR));
            case "link" -> addIf(canonicals, e, matches(e, "rel", CANONICAL) && e.hasAttr("href"));
            default -> {
                // itemprop below, for any tag
            }
        }
        if (e.hasAttr("itemprop")) {
            addIf(itempropAuthors, e, matches(e, "itemprop", AUTHOR));
            addIf(itempropPublished, e, matches(e, "itemprop", DATE_PUBLISHED));
            addIf(itempropModified, e, matches(e, "itemprop", DATE_MODIFIED));
        }
    }

    private static void addIf(List<Element> list, Element e, boolean test) {
        if (test) {
            list.add(e);
        }
    }

    /** As jsoup's {@code [key~=regex]}: the attribute is there and the pattern is found in its value. */
    private static boolean matches(Element e, String key, Pattern pattern) {
        return e.hasAttr(key) && pattern.matcher(e.attr(key)).find();
    }
}
