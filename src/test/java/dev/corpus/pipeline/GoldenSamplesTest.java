package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpus.load.InputRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden-file tests: each sample in samples/ against its expected record in
 * src/test/resources/golden/NAME.expected.json, field by field, so a failure names the field that moved.
 */
class GoldenSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE = new Pipeline(PipelineOptions.DEFAULTS);

    @ParameterizedTest
    @ValueSource(strings = {"000_fdb757a5cb6eae73", "004_a6fb23d778aa2a75"})
    void sampleMatchesItsExpectedRecord(String name) throws IOException {
        JsonNode expected = expected(name);
        String path = "samples/" + name + ".txt";
        ArticleRecord got = PIPELINE.process(InputRef.file(path, Path.of(path)));

        assertEquals(ArticleRecord.SCHEMA, got.schema());
        assertEquals(path, got.path());
        assertEquals(expected.get("format").asText(), got.format(), "format");
        assertEquals(text(expected.get("headline")), got.headline(), "headline");
        assertEquals(text(expected.get("subheadline")), got.subheadline(), "subheadline");
        assertEquals(strings(expected.get("authors")), got.authors(), "authors");
        JsonNode date = expected.get("date");
        if (date.isNull()) {
            assertEquals(null, got.date(), "date");
        } else {
            assertEquals(date.get("text").asText(), got.date().text(), "date.text");
            assertEquals(date.get("iso").asText(), got.date().iso(), "date.iso");
            assertEquals(date.get("kind").asText(), got.date().kind(), "date.kind");
        }
        List<String> want = List.of(expected.get("body").asText().split("\n\n"));
        List<String> have = List.of(got.body().split("\n\n"));
        for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
            assertEquals(want.get(i), have.get(i), "body paragraph " + (i + 1));
        }
        assertEquals(want.size(), have.size(), "body paragraph count");
        assertEquals(List.of(), got.errors(), "errors");
        assertFalse(got.failed());
    }

    private static JsonNode expected(String name) throws IOException {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/golden/" + name + ".expected.json")) {
            return JSON.readTree(in);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
