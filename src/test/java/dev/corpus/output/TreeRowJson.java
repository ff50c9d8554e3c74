package dev.corpus.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpus.actors.ActorIndex;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.events.EventTimeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The plain mapping of the corpus-wide views' rows that JsonRows replaced, kept as the reference its streamed
 * output must match byte for byte: each row becomes a JsonNode tree that an ObjectMapper writes out.
 */
final class TreeRowJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TreeRowJson() {}

    static <T> void write(OutputFormat format, List<T> rows, Function<T, ObjectNode> toJson, Writer out)
            throws IOException {
        if (format == OutputFormat.JSONL) {
            for (T row : rows) {
                out.write(json(toJson.apply(row)));
                out.write('\n');
            }
            return;
        }
        out.write('[');
        for (int i = 0; i < rows.size(); i++) {
            out.write(i == 0 ? "\n  " : ",\n  ");
            out.write(json(toJson.apply(rows.get(i))));
        }
        out.write(rows.isEmpty() ? "]\n" : "\n]\n");
    }

    static ObjectNode actor(ActorIndex.Entry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", e.name());
        o.put("type", e.type());
        o.put("country", e.country());
        o.put("mentions", e.mentions());
        o.put("articles", e.articles());
        e.aliases().forEach(o.putArray("aliases")::add);
        e.paths().forEach(o.putArray("paths")::add);
        return o;
    }

    static ObjectNode event(EventTimeline.Row r) {
        Event e = r.event();
        ObjectNode o = MAPPER.createObjectNode();
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

    private static String json(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
