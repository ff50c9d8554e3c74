package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpus.actors.Actor;
import dev.corpus.actors.ActorExtractor;
import dev.corpus.actors.Gazetteer;
import dev.corpus.article.Article;
import dev.corpus.article.ArticleExtractor;
import dev.corpus.clean.Cleaner;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.testing.Fuzzing;
import java.util.List;

/** Events: coded, with a span inside the source that, in a text file, holds the evidence sentence. */
class EventsFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final ArticleExtractor ARTICLES = new ArticleExtractor();
    private static final ActorExtractor ACTORS = new ActorExtractor(Gazetteer.builtIn());
    private static final EventExtractor EVENTS = new EventExtractor();

    @FuzzTest(maxDuration = "100s")
    void extract(byte[] bytes) {
        Page page = Fuzzing.page(bytes);
        Article article = ARTICLES.extract(CLEANER.clean(page));
        String source = page.source().text();
        List<Actor> actors = ACTORS.extract(List.of(), article.bodyBlocks(), article.authors(), source);
        for (Event e : EVENTS.extract(article.bodyBlocks(), actors, source, article.date())) {
            assertFalse(e.cameo().isBlank(), "coded");
            Fuzzing.checkSpan(page, e.span(), "event");
            if (page.format() == InputFormat.TEXT) {
                assertEquals(e.evidence(), Fuzzing.at(page, e.span()), "the span holds the evidence");
            }
        }
    }
}
