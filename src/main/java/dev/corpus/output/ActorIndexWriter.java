package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpus.actors.ActorIndex;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the corpus-wide actor index (see {@code corpus actors}) as JSON Lines, a JSON array, RFC 4180 CSV or
 * a fixed-width table, in the style of the record writers: "\n" line ends (CRLF for CSV), no platform
 * dependence.
 */
public final class ActorIndexWriter {
    static final List<String> CSV_HEADER =
            List.of("name", "type", "country", "mentions", "articles", "aliases", "paths");
    private static final int COUNT = 8;
    private static final int TYPE = 12;
    private static final int COUNTRY = 7;

    private ActorIndexWriter() {}

    public static void write(OutputFormat format, List<ActorIndex.Entry> entries, Writer out, int width)
            throws IOException {
        switch (format) {
            case JSONL, JSON -> JsonRows.write(format, entries, ActorIndexWriter::json, out);
            case CSV -> csv(entries, out);
            case TABLE -> table(entries, out, width);
        }
    }

    private static void json(JsonGenerator g, ActorIndex.Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type());
        g.writeStringField("country", e.country());
        g.writeNumberField("mentions", e.mentions());
        g.writeNumberField("articles", e.articles());
        strings(g, "aliases", e.aliases());
        strings(g, "paths", e.paths());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void csv(List<ActorIndex.Entry> entries, Writer out) throws IOException {
        row(out, CSV_HEADER);
        for (ActorIndex.Entry e : entries) {
            row(
                    out,
                    List.of(
                            e.name(),
                            e.type(),
                            e.country() == null ? "" : e.country(),
                            Integer.toString(e.mentions()),
                            Integer.toString(e.articles()),
                            String.join("; ", e.aliases()),
                            String.join("; ", e.paths())));
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

    /** NAME, TYPE, COUNTRY, MENTIONS, ARTICLES, ALIASES within {@code width} columns. */
    private static void table(List<ActorIndex.Entry> entries, Writer out, int width) throws IOException {
        int flexible = Math.max(20, width - 5 - TYPE - COUNTRY - 2 * COUNT);
        int name = flexible / 2;
        int aliases = flexible - name;
        int[] widths = {name, TYPE, COUNTRY, COUNT, COUNT, aliases};
        out.write(line(List.of("NAME", "TYPE", "COUNTRY", "MENTIONS", "ARTICLES", "ALIASES"), widths));
        for (ActorIndex.Entry e : entries) {
            out.write(line(
                    List.of(
                            e.name(),
                            e.type(),
                            e.country() == null ? "" : e.country(),
                            Integer.toString(e.mentions()),
                            Integer.toString(e.articles()),
                            String.join(", ", e.aliases())),
                    widths));
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(DisplayWidth.fit(cells.get(i), widths[i]));
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
