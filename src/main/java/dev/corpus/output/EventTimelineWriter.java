package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.events.EventTimeline;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the corpus-wide event timeline (see {@code corpus events}) as JSON Lines, a JSON array, RFC 4180
 * CSV or a fixed-width table, in the style of the record writers: "\n" line ends (CRLF for CSV), no platform
 * dependence.
 */
public final class EventTimelineWriter {
    static final List<String> CSV_HEADER = List.of(
            "date",
            "date_text",
            "cameo",
            "label",
            "plover",
            "goldstein",
            "mode",
            "source",
            "target",
            "source_country",
            "target_country",
            "location",
            "evidence",
            "span_start",
            "span_end",
            "path",
            "headline",
            "article_date");
    private static final int DATE = 10;
    private static final int CODE = 5;
    private static final int DYAD = 7;

    private EventTimelineWriter() {}

    public static void write(OutputFormat format, List<EventTimeline.Row> rows, Writer out, int width)
            throws IOException {
        switch (format) {
            case JSONL, JSON -> JsonRows.write(format, rows, EventTimelineWriter::json, out);
            case CSV -> csv(rows, out);
            case TABLE -> table(rows, out, width);
        }
    }

    private static void json(JsonGenerator g, EventTimeline.Row r) throws IOException {
        Event e = r.event();
        g.writeStartObject();
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("label", e.label());
        g.writeStringField("plover", e.plover());
        JsonGenerators.numberField(g, "goldstein", e.goldstein());
        g.writeStringField("mode", e.mode());
        g.writeStringField("source", e.source());
        g.writeStringField("target", e.target());
        g.writeStringField("source_country", e.sourceCountry());
        g.writeStringField("target_country", e.targetCountry());
        ArticleDate date = e.date();
        if (date == null) {
            g.writeNullField("date");
        } else {
            g.writeObjectFieldStart("date");
            g.writeStringField("text", date.text());
            g.writeStringField("iso", date.iso());
            g.writeEndObject();
        }
        g.writeStringField("location", e.location());
        g.writeStringField("evidence", e.evidence());
        g.writeArrayFieldStart("span");
        g.writeNumber(e.span().start());
        g.writeNumber(e.span().end());
        g.writeEndArray();
        g.writeStringField("path", r.path());
        g.writeStringField("headline", r.headline());
        ArticleDate d = r.articleDate();
        if (d == null) {
            g.writeNullField("article_date");
        } else {
            g.writeObjectFieldStart("article_date");
            g.writeStringField("text", d.text());
            g.writeStringField("iso", d.iso());
            g.writeStringField("kind", d.kind());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static String text(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    private static void csv(List<EventTimeline.Row> rows, Writer out) throws IOException {
        row(out, CSV_HEADER);
        for (EventTimeline.Row r : rows) {
            Event e = r.event();
            List<String> f = new ArrayList<>();
            f.add(e.date() == null ? "" : e.date().iso());
            f.add(e.date() == null ? "" : e.date().text());
            f.add(e.cameo());
            f.add(e.label());
            f.add(text(e.plover()));
            f.add(text(e.goldstein()));
            f.add(e.mode());
            f.add(text(e.source()));
            f.add(text(e.target()));
            f.add(text(e.sourceCountry()));
            f.add(text(e.targetCountry()));
            f.add(text(e.location()));
            f.add(e.evidence());
            f.add(Integer.toString(e.span().start()));
            f.add(Integer.toString(e.span().end()));
            f.add(r.path());
            f.add(text(r.headline()));
            f.add(r.articleDate() == null ? "" : r.articleDate().iso());
            row(out, f);
        }
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvQuoting.quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** DATE (resolved), CODE, DYAD, SOURCE, TARGET, LABEL, PATH within {@code width} columns. */
    private static void table(List<EventTimeline.Row> rows, Writer out, int width) throws IOException {
        int flexible = Math.max(32, width - 6 - DATE - CODE - DYAD);
        int actor = flexible / 5;
        int label = flexible / 4;
        int path = flexible - 2 * actor - label;
        int[] widths = {DATE, CODE, DYAD, actor, actor, label, path};
        out.write(line(List.of("DATE", "CODE", "DYAD", "SOURCE", "TARGET", "EVENT", "PATH"), widths, false));
        for (EventTimeline.Row r : rows) {
            Event e = r.event();
            String dyad = (e.sourceCountry() == null ? "-" : e.sourceCountry()) + ">"
                    + (e.targetCountry() == null ? "-" : e.targetCountry());
            out.write(line(
                    List.of(
                            r.when().isEmpty() ? "-" : r.when(),
                            e.cameo(),
                            dyad,
                            e.source() == null ? "-" : e.source(),
                            e.target() == null ? "-" : e.target(),
                            e.label(),
                            r.path()),
                    widths,
                    true));
        }
    }

    private static String line(List<String> cells, int[] widths, boolean pathFromEnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            boolean last = i == cells.size() - 1;
            sb.append(
                    last && pathFromEnd
                            ? DisplayWidth.fitEnd(cells.get(i), widths[i])
                            : DisplayWidth.fit(cells.get(i), widths[i]));
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
