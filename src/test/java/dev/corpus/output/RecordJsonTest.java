package dev.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void contractFieldsComeFirstInOrderThenExtras() throws Exception {
        JsonNode json = MAPPER.readTree(RecordJson.compact(Records.full()));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "schema",
                        "path",
                        "format",
                        "headline",
                        "subheadline",
                        "authors",
                        "date",
                        "body",
                        "actors",
                        "quotes",
                        "events",
                        "errors",
                        "encoding",
                        "sources",
                        "language",
                        "stats"),
                names);
    }

    @Test
    void nestedObjectsHaveContractShape() throws Exception {
        JsonNode json = MAPPER.readTree(RecordJson.compact(Records.full()));
        assertEquals(
                "{\"text\":\"Updated Nov.10\",\"iso\":\"2018-11-10\",\"kind\":\"updated\"}",
                json.get("date").toString());
        JsonNode actor = json.get("actors").get(0);
        assertEquals("[[0,4],[10,14]]", actor.get("spans").toString());
        assertEquals(List.of("name", "type", "country", "roles", "aliases", "mentions", "spans"), fieldNames(actor));
        JsonNode quote = json.get("quotes").get(0);
        assertEquals(List.of("text", "type", "speaker", "cue", "span", "speaker_span", "cue_span"), fieldNames(quote));
        assertEquals("[20,34]", quote.get("span").toString());
        assertEquals("[0,7]", quote.get("speaker_span").toString());
        assertEquals("[8,12]", quote.get("cue_span").toString());
        JsonNode event = json.get("events").get(0);
        assertEquals(
                List.of(
                        "cameo",
                        "label",
                        "source",
                        "target",
                        "source_country",
                        "target_country",
                        "date",
                        "location",
                        "evidence",
                        "span",
                        "mode",
                        "plover",
                        "goldstein"),
                fieldNames(event));
        assertTrue(event.get("date").get("kind").isNull());
        assertEquals(
                "{\"charset\":\"UTF-8\",\"source\":\"utf-8\",\"confidence\":100}",
                json.get("encoding").toString());
        assertEquals(
                "{\"blocks\":5,\"kept\":4,\"dropped\":1}", json.get("stats").toString());
    }

    @Test
    void sourcesAreSortedByKey() throws Exception {
        JsonNode json = MAPPER.readTree(RecordJson.compact(Records.full()));
        assertEquals(List.of("body", "date", "headline"), fieldNames(json.get("sources")));
    }

    @Test
    void nullsAreWrittenNotOmitted() {
        String line = RecordJson.compact(Records.failed("x", "not-found"));
        assertTrue(line.contains("\"headline\":null"), line);
        assertTrue(line.contains("\"subheadline\":null"), line);
        assertTrue(line.contains("\"date\":null"), line);
        assertTrue(line.contains("\"encoding\":null"), line);
        assertTrue(line.contains("\"language\":null"), line);
        assertTrue(line.contains("\"errors\":[{\"code\":\"not-found\",\"message\":\"message for not-found\"}]"), line);
    }

    @Test
    void compactIsOneLineAndDeterministic() {
        String a = RecordJson.compact(Records.full());
        assertFalse(a.contains("\n"));
        assertTrue(a.contains("\\n"), "newline in body is escaped");
        assertEquals(a, RecordJson.compact(Records.full()));
    }

    @Test
    void prettyUsesUnixLineBreaksOnly() {
        String pretty = RecordJson.pretty(Records.full());
        assertFalse(pretty.contains("\r"));
        assertTrue(pretty.startsWith("{\n  \"schema\""), pretty);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
