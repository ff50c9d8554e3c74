package dev.corpus.load.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Where a page's headline is, for telling whether a time element belongs to it: the headers that hold an h1,
 * and the containers near the page's first h1. Found once per page from the h1s' ancestors, where CSS selects
 * per time element parsed a query and walked subtrees for every time element.
 */
final class HeadlinePlace {
    /** How many containers up from the h1 a time element still counts as the headline's. */
    static final int NEAR_LEVELS = 3;

    /** The header elements with an h1 below them: what {@code header:has(h1)} matches. */
    private final Set<Element> headersWithH1 = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The containers of the first h1, innermost first, up to the first that holds another h1 too. */
    private final List<Element> near = new ArrayList<>();

    private HeadlinePlace() {}

    static HeadlinePlace of(MetadataElements els) {
        HeadlinePlace place = new HeadlinePlace();
        List<Element> containers = containers(els);
        int[] h1s = new int[containers.size()];
        for (Element h : els.headings) {
            if (!h.normalName().equals("h1")) {
                continue;
            }
            // At or above the h1, as container.select("h1") counts the container itself too.
            for (Element p = h; p != null; p = p.parent()) {
                int i = containers.indexOf(p); // Element.equals is identity
                if (i >= 0) {
                    h1s[i]++;
                }
                if (p != h && p.normalName().equals("header")) {
                    place.headersWithH1.add(p);
                }
            }
        }
        for (int i = 0; i < containers.size() && h1s[i] <= 1; i++) {
            place.near.add(containers.get(i));
        }
        return place;
    }

    /** The first h1's parent and the next ones up, {@link #NEAR_LEVELS} at most. */
    private static List<Element> containers(MetadataElements els) {
        List<Element> containers = new ArrayList<>();
        Element container = els.h1 == null ? null : els.h1.parent();
        for (int i = 0; i < NEAR_LEVELS && container != null; i++) {
            containers.add(container);
            container = container.parent();
        }
        return containers;
    }

    /** As {@code e.closest("header:has(h1)") != null}. */
    boolean inHeaderWithH1(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (headersWithH1.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Within a few levels of the first h1, below no container that holds another h1 too: the headline's
     * container holds the byline and its time.
     */
    boolean nearHeadline(Element e) {
        for (Element container : near) {
            if (HtmlMetadata.isAncestor(container, e)) {
                return true;
            }
        }
        return false;
    }
}
