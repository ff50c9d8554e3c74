package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpus.article.Article;
import dev.corpus.article.ArticleExtractor;
import dev.corpus.clean.Cleaner;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.testing.Fuzzing;
import java.util.List;

/** Actors: named, typed, and every span inside the source, on a name rather than on blank text. */
class ActorsFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final ArticleExtractor ARTICLES = new ArticleExtractor();
    private static final ActorExtractor ACTORS = new ActorExtractor(Gazetteer.builtIn());

    @FuzzTest(maxDuration = "100s")
    void extract(byte[] bytes) {
        Page page = Fuzzing.page(bytes);
        Article article = ARTICLES.extract(CLEANER.clean(page));
        List<Actor> actors = ACTORS.extract(
                List.of(),
                article.bodyBlocks(),
                article.authors(),
                page.source().text());
        for (Actor a : actors) {
            assertFalse(a.name().isBlank(), "named");
            assertFalse(a.type().isBlank(), "typed");
            assertFalse(a.spans().isEmpty(), "an actor is mentioned somewhere");
            for (Span s : a.spans()) {
                Fuzzing.checkSpan(page, s, "actor");
                if (page.format() == InputFormat.TEXT) {
                    String at = Fuzzing.at(page, s);
                    assertTrue(!at.isBlank() && at.equals(at.strip()), () -> "span on '" + at + "' for " + a.name());
                }
            }
        }
    }
}
