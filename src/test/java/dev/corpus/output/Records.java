package dev.corpus.output;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.quotes.Quote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built records with every field filled, for the writers and the schema tests. */
public final class Records {
    private Records() {}

    public static ArticleRecord full() {
        ArticleDate date = new ArticleDate("Updated Nov.10", "2018-11-10", "updated");
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("headline", "text");
        sources.put("body", "text");
        sources.put("date", "text");
        return new ArticleRecord(
                ArticleRecord.SCHEMA,
                "news/a.txt",
                "text",
                "North Korea, Cuba \"open\" chapter",
                "Sub",
                List.of("Xu Mouquan", "Jane Doe"),
                date,
                "Body text.\nSecond line.",
                List.of(new Actor(
                        "Cuba",
                        "country",
                        "CUB",
                        List.of("state"),
                        List.of("Republic of Cuba"),
                        2,
                        List.of(new Span(0, 4), new Span(10, 14)))),
                List.of(new Quote(
                        "We are friends",
                        "direct",
                        "Guo Rui",
                        "said",
                        new Span(20, 34),
                        new Span(0, 7),
                        new Span(8, 12))),
                List.of(new Event(
                        "040",
                        "Consult",
                        "Cuba",
                        "North Korea",
                        "CUB",
                        "PRK",
                        new ArticleDate("November 4", "--11-04", null),
                        "Pyongyang",
                        "touched down in North Korea",
                        new Span(40, 60),
                        "asserted",
                        "CONSULT",
                        1.0)),
                List.of(),
                new ArticleRecord.Encoding("UTF-8", "utf-8", 100),
                sources,
                "en",
                new ArticleRecord.Stats(5, 4, 1));
    }

    /** A record for an input that could not be read: no article fields, one error. */
    public static ArticleRecord failed(String path, String code) {
        return bare(path, List.of(new Problem(code, "message for " + code)));
    }

    /** A record with no article fields and no errors: what a blank but readable input might give. */
    public static ArticleRecord empty(String path) {
        return bare(path, List.of());
    }

    private static ArticleRecord bare(String path, List<Problem> errors) {
        return new ArticleRecord(
                ArticleRecord.SCHEMA,
                path,
                "text",
                null,
                null,
                List.of(),
                null,
                "",
                List.of(),
                List.of(),
                List.of(),
                errors,
                null,
                Map.of(),
                null,
                ArticleRecord.Stats.NONE);
    }
}
