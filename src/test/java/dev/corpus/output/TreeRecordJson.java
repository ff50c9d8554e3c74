package dev.corpus.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.quotes.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The plain mapping that {@link RecordJson} replaced, kept as the reference its streaming output must match
 * byte for byte: the record becomes a JsonNode tree, which a generator then writes out.
 */
final class TreeRecordJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory JSON = new JsonFactory();
    // "\n" rather than the platform separator: output bytes must not depend on the OS.
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private TreeRecordJson() {}

    static ObjectNode toJson(ArticleRecord r) {
        ObjectNode o = NODES.objectNode();
        o.put("schema", r.schema());
        o.put("path", r.path());
        o.put("format", r.format());
        o.put("headline", r.headline());
        o.put("subheadline", r.subheadline());
        ArrayNode authors = o.putArray("authors");
        r.authors().forEach(authors::add);
        o.set("date", date(r.date()));
        o.put("body", r.body());
        ArrayNode actors = o.putArray("actors");
        r.actors().forEach(a -> actors.add(actor(a)));
        ArrayNode quotes = o.putArray("quotes");
        r.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode events = o.putArray("events");
        r.events().forEach(e -> events.add(event(e)));
        ArrayNode errors = o.putArray("errors");
        for (Problem p : r.errors()) {
            errors.addObject().put("code", p.code()).put("message", p.message());
        }
        // Extras, after the contract fields.
        ArticleRecord.Encoding enc = r.encoding();
        if (enc == null) {
            o.putNull("encoding");
        } else {
            o.putObject("encoding")
                    .put("charset", enc.charset())
                    .put("source", enc.source())
                    .put("confidence", enc.confidence());
        }
        ObjectNode sources = o.putObject("sources");
        // Map.copyOf has no stable order; sorting makes the bytes deterministic.
        new TreeMap<>(r.sources()).forEach(sources::put);
        o.put("language", r.language());
        o.putObject("stats")
                .put("blocks", r.stats().blocks())
                .put("kept", r.stats().kept())
                .put("dropped", r.stats().dropped());
        return o;
    }

    /** One line, no trailing newline. */
    static String compact(ArticleRecord r) {
        return write(toJson(r), false);
    }

    /** Indented with two spaces and "\n" line breaks, no trailing newline. */
    static String pretty(ArticleRecord r) {
        return write(toJson(r), true);
    }

    private static String write(ObjectNode node, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (pretty) {
                // A pretty printer keeps its nesting depth: one per document, as ObjectWriter does.
                g.setPrettyPrinter(PRETTY.createInstance());
            }
            write(g, node);
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes a tree as each node type's own serializer does. */
    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> field : n.properties()) {
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : n) {
                    write(g, element);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NUMBER -> writeNumber(g, n);
            case NULL -> g.writeNull();
            default -> throw new IllegalStateException("unexpected JSON node " + n.getNodeType());
        }
    }

    private static void writeNumber(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.numberType()) {
            case INT -> g.writeNumber(n.intValue());
            case LONG -> g.writeNumber(n.longValue());
            case FLOAT -> g.writeNumber(n.floatValue());
            case DOUBLE -> g.writeNumber(n.doubleValue());
            case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
            case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
        }
    }

    private static JsonNode date(@Nullable ArticleDate d) {
        return d == null
                ? NODES.nullNode()
                : NODES.objectNode().put("text", d.text()).put("iso", d.iso()).put("kind", d.kind());
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode o = NODES.objectNode();
        o.put("name", a.name());
        o.put("type", a.type());
        o.put("country", a.country());
        o.set("roles", strings(a.roles()));
        o.set("aliases", strings(a.aliases()));
        o.put("mentions", a.mentions());
        ArrayNode spans = o.putArray("spans");
        a.spans().forEach(s -> spans.add(span(s)));
        return o;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = NODES.objectNode();
        o.put("text", q.text());
        o.put("type", q.type());
        o.put("speaker", q.speaker());
        o.put("cue", q.cue());
        o.set("span", span(q.span()));
        o.set("speaker_span", q.speakerSpan() == null ? NODES.nullNode() : span(q.speakerSpan()));
        o.set("cue_span", q.cueSpan() == null ? NODES.nullNode() : span(q.cueSpan()));
        return o;
    }

    private static ObjectNode event(Event e) {
        ObjectNode o = NODES.objectNode();
        o.put("cameo", e.cameo());
        o.put("label", e.label());
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("source_country", e.sourceCountry());
        o.put("target_country", e.targetCountry());
        o.set("date", date(e.date()));
        o.put("location", e.location());
        o.put("evidence", e.evidence());
        o.set("span", span(e.span()));
        o.put("mode", e.mode());
        o.put("plover", e.plover());
        o.put("goldstein", e.goldstein());
        return o;
    }

    private static ArrayNode span(Span s) {
        return NODES.arrayNode().add(s.start()).add(s.end());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
