package dev.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.actors.ActorIndex;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.events.EventTimeline;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The streamed rows of the actor index and the event timeline are byte for byte what the tree mapping wrote. */
class StreamedRowJsonTest {
    private static final List<ActorIndex.Entry> ENTRIES = List.of(
            new ActorIndex.Entry(
                    "Cuba", "country", "CUB", List.of("Republic of Cuba"), 3, 2, List.of("a.txt", "b.txt")),
            new ActorIndex.Entry("Jane \"JD\" Doe\\", "person", null, List.of(), 1, 1, List.of("dir/é 中.txt")),
            new ActorIndex.Entry("Tab\tNul\u0000", "organisation", null, List.of("x", "y"), 0, 0, List.of()));

    private static final List<EventTimeline.Row> ROWS = List.of(
            row("a.txt", "Head", new ArticleDate("Nov 4", "2018-11-04", "published"), date("Nov 4"), -2.5, "CONSULT"),
            row("b \"quoted\".txt", null, null, null, null, null),
            row("c.txt", "Line\nbreak", new ArticleDate("today", "2024-01-02", null), date("today"), 10.0, "AID"));

    @Test
    void actorIndexMatchesTheTreeMapping() throws IOException {
        for (OutputFormat format : List.of(OutputFormat.JSONL, OutputFormat.JSON)) {
            for (List<ActorIndex.Entry> entries : List.of(ENTRIES, List.<ActorIndex.Entry>of())) {
                StringWriter expected = new StringWriter();
                TreeRowJson.write(format, entries, TreeRowJson::actor, expected);
                StringWriter streamed = new StringWriter();
                ActorIndexWriter.write(format, entries, streamed, 80);
                assertEquals(expected.toString(), streamed.toString(), format + " of " + entries.size());
            }
        }
    }

    @Test
    void eventTimelineMatchesTheTreeMapping() throws IOException {
        for (OutputFormat format : List.of(OutputFormat.JSONL, OutputFormat.JSON)) {
            for (List<EventTimeline.Row> rows : List.of(ROWS, List.<EventTimeline.Row>of())) {
                StringWriter expected = new StringWriter();
                TreeRowJson.write(format, rows, TreeRowJson::event, expected);
                StringWriter streamed = new StringWriter();
                EventTimelineWriter.write(format, rows, streamed, 80);
                assertEquals(expected.toString(), streamed.toString(), format + " of " + rows.size());
            }
        }
    }

    private static ArticleDate date(String text) {
        return new ArticleDate(text, "--11-04", null);
    }

    private static EventTimeline.Row row(
            String path,
            @Nullable String headline,
            @Nullable ArticleDate articleDate,
            @Nullable ArticleDate eventDate,
            @Nullable Double goldstein,
            @Nullable String plover) {
        boolean full = eventDate != null;
        Event e = new Event(
                "040",
                "Consult",
                full ? "Cuba" : null,
                full ? "North Korea" : null,
                full ? "CUB" : null,
                full ? "PRK" : null,
                eventDate,
                full ? "Pyongyang" : null,
                "touched \"down\" in North Korea",
                new Span(40, 60),
                "asserted",
                plover,
                goldstein);
        return new EventTimeline.Row(path, headline, articleDate, e, full ? "2018-11-04" : "");
    }
}
