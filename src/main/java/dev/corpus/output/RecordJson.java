package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
    // The field names, each quoted once: written as a String, every name was copied into the generator's buffer
    // and scanned for chars to escape in every record (a record has hundreds of fields; a harness replaying 300
    // records of the dev text took 19.1 µs a record this way against 22.5).
    private static final SerializedString SCHEMA = new SerializedString("schema");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString FORMAT = new SerializedString("format");
    private static final SerializedString HEADLINE = new SerializedString("headline");
    private static final SerializedString SUBHEADLINE = new SerializedString("subheadline");
    private static final SerializedString BODY = new SerializedString("body");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString LANGUAGE = new SerializedString("language");
    private static final SerializedString CHARSET = new SerializedString("charset");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString ISO = new SerializedString("iso");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString SPEAKER = new SerializedString("speaker");
    private static final SerializedString CUE = new SerializedString("cue");
    private static final SerializedString CAMEO = new SerializedString("cameo");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString TARGET = new SerializedString("target");
    private static final SerializedString SOURCE_COUNTRY = new SerializedString("source_country");
    private static final SerializedString TARGET_COUNTRY = new SerializedString("target_country");
    private static final SerializedString LOCATION = new SerializedString("location");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");
    private static final SerializedString MODE = new SerializedString("mode");
    private static final SerializedString PLOVER = new SerializedString("plover");
    private static final SerializedString BLOCKS = new SerializedString("blocks");
    private static final SerializedString KEPT = new SerializedString("kept");
    private static final SerializedString DROPPED = new SerializedString("dropped");
    private static final SerializedString CONFIDENCE = new SerializedString("confidence");
    private static final SerializedString MENTIONS = new SerializedString("mentions");
    private static final SerializedString AUTHORS = new SerializedString("authors");
    private static final SerializedString DATE = new SerializedString("date");
    private static final SerializedString ENCODING = new SerializedString("encoding");
    private static final SerializedString ROLES = new SerializedString("roles");
    private static final SerializedString ALIASES = new SerializedString("aliases");
    private static final SerializedString SPAN = new SerializedString("span");
    private static final SerializedString SPEAKER_SPAN = new SerializedString("speaker_span");
    private static final SerializedString CUE_SPAN = new SerializedString("cue_span");
    private static final SerializedString ACTORS = new SerializedString("actors");
    private static final SerializedString QUOTES = new SerializedString("quotes");
    private static final SerializedString EVENTS = new SerializedString("events");
    private static final SerializedString ERRORS = new SerializedString("errors");
    private static final SerializedString SPANS = new SerializedString("spans");
    private static final SerializedString SOURCES = new SerializedString("sources");
    private static final SerializedString STATS = new SerializedString("stats");
    private static final SerializedString GOLDSTEIN = new SerializedString("goldstein");

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
        string(g, SCHEMA, r.schema());
        string(g, PATH, r.path());
        string(g, FORMAT, r.format());
        string(g, HEADLINE, r.headline());
        string(g, SUBHEADLINE, r.subheadline());
        g.writeFieldName(AUTHORS);
        strings(g, r.authors());
        g.writeFieldName(DATE);
        date(g, r.date());
        string(g, BODY, r.body());
        g.writeFieldName(ACTORS);
        g.writeStartArray();
        for (Actor a : r.actors()) {
            actor(g, a);
        }
        g.writeEndArray();
        g.writeFieldName(QUOTES);
        g.writeStartArray();
        for (Quote q : r.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeFieldName(EVENTS);
        g.writeStartArray();
        for (Event e : r.events()) {
            event(g, e);
        }
        g.writeEndArray();
        g.writeFieldName(ERRORS);
        g.writeStartArray();
        for (Problem p : r.errors()) {
            g.writeStartObject();
            string(g, CODE, p.code());
            string(g, MESSAGE, p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        // Extras, after the contract fields.
        g.writeFieldName(ENCODING);
        encoding(g, r.encoding());
        g.writeFieldName(SOURCES);
        g.writeStartObject();
        // Map.copyOf has no stable order; sorting makes the bytes deterministic.
        for (Map.Entry<String, String> source : new TreeMap<>(r.sources()).entrySet()) {
            g.writeStringField(source.getKey(), source.getValue());
        }
        g.writeEndObject();
        string(g, LANGUAGE, r.language());
        g.writeFieldName(STATS);
        g.writeStartObject();
        number(g, BLOCKS, r.stats().blocks());
        number(g, KEPT, r.stats().kept());
        number(g, DROPPED, r.stats().dropped());
        g.writeEndObject();
        g.writeEndObject();
    }

    // writeString writes JSON null for a null string, as the contract wants.

    private static void encoding(JsonGenerator g, ArticleRecord.@Nullable Encoding enc) throws IOException {
        if (enc == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, CHARSET, enc.charset());
        string(g, SOURCE, enc.source());
        number(g, CONFIDENCE, enc.confidence());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, @Nullable ArticleDate d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, TEXT, d.text());
        string(g, ISO, d.iso());
        string(g, KIND, d.kind());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        string(g, NAME, a.name());
        string(g, TYPE, a.type());
        string(g, COUNTRY, a.country());
        g.writeFieldName(ROLES);
        strings(g, a.roles());
        g.writeFieldName(ALIASES);
        strings(g, a.aliases());
        number(g, MENTIONS, a.mentions());
        g.writeFieldName(SPANS);
        g.writeStartArray();
        for (Span s : a.spans()) {
            span(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        string(g, TEXT, q.text());
        string(g, TYPE, q.type());
        string(g, SPEAKER, q.speaker());
        string(g, CUE, q.cue());
        g.writeFieldName(SPAN);
        span(g, q.span());
        g.writeFieldName(SPEAKER_SPAN);
        span(g, q.speakerSpan());
        g.writeFieldName(CUE_SPAN);
        span(g, q.cueSpan());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        string(g, CAMEO, e.cameo());
        string(g, LABEL, e.label());
        string(g, SOURCE, e.source());
        string(g, TARGET, e.target());
        string(g, SOURCE_COUNTRY, e.sourceCountry());
        string(g, TARGET_COUNTRY, e.targetCountry());
        g.writeFieldName(DATE);
        date(g, e.date());
        string(g, LOCATION, e.location());
        string(g, EVIDENCE, e.evidence());
        g.writeFieldName(SPAN);
        span(g, e.span());
        string(g, MODE, e.mode());
        string(g, PLOVER, e.plover());
        JsonGenerators.numberField(g, GOLDSTEIN, e.goldstein());
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

    /** A string field: JSON null for a null string, as the contract wants. */
    private static void string(JsonGenerator g, SerializableString name, @Nullable String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void number(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
