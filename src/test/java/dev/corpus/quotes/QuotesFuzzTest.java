package dev.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Quotes: spans inside the source, and in a text file the cue's span holds the cue as written. */
class QuotesFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final ArticleExtractor ARTICLES = new ArticleExtractor();
    private static final ActorExtractor ACTORS = new ActorExtractor(Gazetteer.builtIn());
    private static final QuoteExtractor QUOTES = new QuoteExtractor();

    @FuzzTest(maxDuration = "100s")
    void extract(byte[] bytes) {
        Page page = Fuzzing.page(bytes);
        Article article = ARTICLES.extract(CLEANER.clean(page));
        String source = page.source().text();
        List<Actor> actors = ACTORS.extract(List.of(), article.bodyBlocks(), article.authors(), source);
        for (Quote q : QUOTES.extract(article.bodyBlocks(), actors, source)) {
            assertTrue(q.type().equals("direct") || q.type().equals("indirect"), q.type());
            Fuzzing.checkSpan(page, q.span(), "quote");
            Fuzzing.checkSpan(page, q.speakerSpan(), "speaker");
            Fuzzing.checkSpan(page, q.cueSpan(), "cue");
            if (page.format() == InputFormat.TEXT && q.cue() != null && q.cueSpan() != null) {
                assertEquals(q.cue(), Fuzzing.at(page, q.cueSpan()), "the cue span holds the cue");
            }
        }
    }
}
