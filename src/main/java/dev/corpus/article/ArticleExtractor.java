package dev.corpus.article;

import dev.corpus.clean.CleanedPage;
import dev.corpus.load.Block;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds headline, subheadline, byline, date and body in a cleaned page. */
public final class ArticleExtractor {
    public Article extract(CleanedPage page) {
        List<Block> kept = page.kept();
        String body = kept.stream().map(Block::text).collect(Collectors.joining("\n\n"));
        return new Article(null, null, List.of(), null, body, kept, Map.of("body", "text"));
    }
}
