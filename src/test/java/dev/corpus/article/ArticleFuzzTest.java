package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpus.clean.Cleaner;
import dev.corpus.load.Block;
import dev.corpus.load.Page;
import dev.corpus.testing.Fuzzing;

/** The article extractor: its body is its body blocks' text, and those point inside the source. */
class ArticleFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @FuzzTest(maxDuration = "100s")
    void extract(byte[] bytes) {
        Page page = Fuzzing.page(bytes);
        Article article = EXTRACTOR.extract(CLEANER.clean(page));
        assertEquals(
                String.join(
                        "\n\n", article.bodyBlocks().stream().map(Block::text).toList()),
                article.body(),
                "the body is its blocks");
        for (Block b : article.bodyBlocks()) {
            Fuzzing.checkBlock(page, b);
        }
        if (article.headline() != null) {
            assertFalse(article.headline().isBlank(), "no blank headline");
        }
        for (String a : article.authors()) {
            assertFalse(a.isBlank(), "no blank author");
        }
    }
}
