package dev.corpus.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
            case JSONL, JSON -> JsonRows.write(format, rows, EventTimelineWriter::toJson, out);
            case CSV -> csv(rows, out);
            case TABLE -> table(rows, out, width);
        }
    }

    static ObjectNode toJson(EventTimeline.Row r) {
        Event e = r.event();
        ObjectNode o = JsonRows.object();
        o.put("cameo", e.cameo());
        o.put("label", e.label());
        o.put("plover", e.plover());
        o.put("goldstein", e.goldstein());
        o.put("mode", e.mode());
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("source_country", e.sourceCountry());
        o.put("target_country", e.targetCountry());
        if (e.date() == null) {
            o.putNull("date");
        } else {
            o.putObject("date").put("text", e.date().text()).put("iso", e.date().iso());
        }
        o.put("location", e.location());
        o.put("evidence", e.evidence());
        o.putArray("span").add(e.span().start()).add(e.span().end());
        o.put("path", r.path());
        o.put("headline", r.headline());
        ArticleDate d = r.articleDate();
        if (d == null) {
            o.putNull("article_date");
        } else {
            o.putObject("article_date")
                    .put("text", d.text())
                    .put("iso", d.iso())
                    .put("kind", d.kind());
        }
        return o;
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
