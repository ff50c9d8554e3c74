package dev.corpus.pipeline;

import dev.corpus.actors.Actor;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.load.Problem;
import dev.corpus.quotes.Quote;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The record one input produces: the fields fixed by CONTRACT.md, then our own additions.
 *
 * @param schema record version, {@link #SCHEMA}
 * @param encoding charset used, how it was chosen, and the detector's confidence
 * @param sources where each article field came from ("json-ld", "meta:og:title", "text")
 * @param language ISO 639-1 code of the body's language, or null when unknown
 * @param stats block counts: blocks, kept, dropped
 */
public record ArticleRecord(
        String schema,
        String path,
        String format,
        @Nullable String headline,
        @Nullable String subheadline,
        List<String> authors,
        @Nullable ArticleDate date,
        String body,
        List<Actor> actors,
        List<Quote> quotes,
        List<Event> events,
        List<Problem> errors,
        @Nullable Encoding encoding,
        Map<String, String> sources,
        @Nullable String language,
        Stats stats) {

    public static final String SCHEMA = "corpus.article/1";

    public ArticleRecord {
        authors = List.copyOf(authors);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        errors = List.copyOf(errors);
        sources = Map.copyOf(sources);
    }

    /** How the input was decoded. */
    public record Encoding(String charset, String source, int confidence) {}

    /** How many blocks the page had and how many the cleaner kept as article text. */
    public record Stats(int blocks, int kept, int dropped) {
        public static final Stats NONE = new Stats(0, 0, 0);
    }

    /** Whether any error was recorded for this input. */
    public boolean failed() {
        return !errors.isEmpty();
    }
}
