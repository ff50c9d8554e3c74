package dev.corpus.load;

import java.util.List;

/**
 * What the markup of an HTML page says about the article, in order of trust (first is best). Empty for
 * text inputs. The article stage weighs these against the visible text.
 *
 * @param url the page's own address as the markup states it (canonical link, og:url), or ""
 * @param bodies the article's text as the markup states it (JSON-LD articleBody), for pages whose visible
 *     text is built by scripts
 */
public record PageMetadata(
        List<Evidence> titles,
        List<Evidence> descriptions,
        List<Evidence> authors,
        List<Evidence> published,
        List<Evidence> modified,
        List<Evidence> siteNames,
        String language,
        String url,
        List<Evidence> bodies) {

    public static final PageMetadata EMPTY =
            new PageMetadata(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "", "", List.of());

    public PageMetadata {
        titles = List.copyOf(titles);
        descriptions = List.copyOf(descriptions);
        authors = List.copyOf(authors);
        published = List.copyOf(published);
        modified = List.copyOf(modified);
        siteNames = List.copyOf(siteNames);
        bodies = List.copyOf(bodies);
    }

    /** Metadata without a markup body. */
    public PageMetadata(
            List<Evidence> titles,
            List<Evidence> descriptions,
            List<Evidence> authors,
            List<Evidence> published,
            List<Evidence> modified,
            List<Evidence> siteNames,
            String language,
            String url) {
        this(titles, descriptions, authors, published, modified, siteNames, language, url, List.of());
    }
}
