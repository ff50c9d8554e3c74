package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * Maps a record to JSON by hand rather than by reflection, so that field names, field order and nulls are
 * exactly what CONTRACT.md says and cannot drift when a record component is renamed or reordered. Each field
 * goes straight to jackson-core's generator, with no ObjectMapper (making one took a sizeable part of a
 * one-file run's start-up) and no tree in between (building it and walking it cost more than the writing).
 */
public final class RecordJson {
    private RecordJson() {}

    /** One line, no trailing newline. */
    public static String compact(ArticleRecord r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonGenerators.compact(out)) {
            write(g, r);
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Indented with two spaces and "\n" line breaks, no trailing newline. */
    public static String pretty(ArticleRecord r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonGenerators.pretty(out)) {
            write(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the record as one JSON object: the contract fields in CONTRACT.md's order, then the extras. */
    static void write(JsonGenerator g, ArticleRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", r.schema());
        g.writeStringField("path", r.path());
        g.writeStringField("format", r.format());
        g.writeStringField("headline", r.headline());
        g.writeStringField("subheadline", r.subheadline());
        g.writeFieldName("authors");
        strings(g, r.authors());
        g.writeFieldName("date");
        date(g, r.date());
        g.writeStringField("body", r.body());
        g.writeArrayFieldStart("actors");
        for (Actor a : r.actors()) {
            actor(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : r.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : r.events()) {
            event(g, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (Problem p : r.errors()) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        // Extras, after the contract fields.
        g.writeFieldName("encoding");
        encoding(g, r.encoding());
        g.writeObjectFieldStart("sources");
        // Map.copyOf has no stable order; sorting makes the bytes deterministic.
        for (Map.Entry<String, String> source : new TreeMap<>(r.sources()).entrySet()) {
            g.writeStringField(source.getKey(), source.getValue());
        }
        g.writeEndObject();
        g.writeStringField("language", r.language());
        g.writeObjectFieldStart("stats");
        g.writeNumberField("blocks", r.stats().blocks());
        g.writeNumberField("kept", r.stats().kept());
        g.writeNumberField("dropped", r.stats().dropped());
        g.writeEndObject();
        g.writeEndObject();
    }

    // writeStringField and writeString write JSON null for a null string, as the contract wants.

    private static void encoding(JsonGenerator g, ArticleRecord.@Nullable Encoding enc) throws IOException {
        if (enc == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("charset", enc.charset());
        g.writeStringField("source", enc.source());
        g.writeNumberField("confidence", enc.confidence());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, @Nullable ArticleDate d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("text", d.text());
        g.writeStringField("iso", d.iso());
        g.writeStringField("kind", d.kind());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        g.writeStringField("type", a.type());
        g.writeStringField("country", a.country());
        g.writeFieldName("roles");
        strings(g, a.roles());
        g.writeFieldName("aliases");
        strings(g, a.aliases());
        g.writeNumberField("mentions", a.mentions());
        g.writeArrayFieldStart("spans");
        for (Span s : a.spans()) {
            span(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeStringField("type", q.type());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("cue", q.cue());
        g.writeFieldName("span");
        span(g, q.span());
        g.writeFieldName("speaker_span");
        span(g, q.speakerSpan());
        g.writeFieldName("cue_span");
        span(g, q.cueSpan());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("label", e.label());
        g.writeStringField("source", e.source());
        g.writeStringField("target", e.target());
        g.writeStringField("source_country", e.sourceCountry());
        g.writeStringField("target_country", e.targetCountry());
        g.writeFieldName("date");
        date(g, e.date());
        g.writeStringField("location", e.location());
        g.writeStringField("evidence", e.evidence());
        g.writeFieldName("span");
        span(g, e.span());
        g.writeStringField("mode", e.mode());
        g.writeStringField("plover", e.plover());
        JsonGenerators.numberField(g, "goldstein", e.goldstein());
        g.writeEndObject();
    }

    /** {@code [start,end]}, or null. */
    private static void span(JsonGenerator g, @Nullable Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
