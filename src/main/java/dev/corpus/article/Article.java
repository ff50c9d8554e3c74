package dev.corpus.article;

import dev.corpus.load.Block;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The article found in a page.
 *
 * @param bodyBlocks the blocks the body was made of, in order (later stages read sentences from these)
 * @param sources where each field came from: field name to "json-ld", "meta:...", "text", ...
 * @param roles the header blocks by index: "headline", "subheadline", "byline" or "dateline" (what
 *     {@code corpus strip --explain} shows for them)
 */
public record Article(
        @Nullable String headline,
        @Nullable String subheadline,
        List<String> authors,
        @Nullable ArticleDate date,
        String body,
        List<Block> bodyBlocks,
        Map<String, String> sources,
        Map<Integer, String> roles) {

    public Article {
        authors = List.copyOf(authors);
        bodyBlocks = List.copyOf(bodyBlocks);
        sources = Map.copyOf(sources);
        roles = Map.copyOf(roles);
    }
}
