package dev.corpus.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.corpus.output.RecordJson;
import dev.corpus.output.Records;
import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `corpus schema` prints a draft 2020-12 schema that real output validates against. */
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws IOException {
        Cli.Result r = Cli.run("schema");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode node = MAPPER.readTree(r.out());
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                node.get("$schema").asText());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    /** The record as written, parsed back into a tree that a test can break. */
    private static ObjectNode json(ArticleRecord record) throws IOException {
        return (ObjectNode) MAPPER.readTree(RecordJson.compact(record));
    }

    private static Set<ValidationMessage> validate(JsonNode record) {
        return schema.validate(record);
    }

    @Test
    void sampleOutputValidates() throws IOException {
        Cli.Result r = Cli.run("extract", ExtractCommandTest.SAMPLE_0, ExtractCommandTest.SAMPLE_4);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<JsonNode> records = ExtractCommandTest.records(r.out());
        assertEquals(2, records.size());
        for (JsonNode record : records) {
            assertEquals(Set.of(), validate(record), record.get("path").asText());
        }
    }

    @Test
    void failedRecordsValidate() throws IOException {
        Cli.Result r = Cli.run("extract", "missing.txt");
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals(Set.of(), validate(ExtractCommandTest.records(r.out()).get(0)));
    }

    @Test
    void fullyPopulatedRecordValidates() throws IOException {
        assertEquals(Set.of(), validate(json(Records.full())));
    }

    @Test
    void schemaRejectsContractViolations() throws IOException {
        ObjectNode badSpan = json(Records.full());
        ((ObjectNode) badSpan.get("quotes").get(0)).putArray("span").add(-1).add(3);
        assertFalse(validate(badSpan).isEmpty(), "negative offset");

        ObjectNode threeNumbers = json(Records.full());
        ((ObjectNode) threeNumbers.get("quotes").get(0))
                .putArray("span")
                .add(1)
                .add(2)
                .add(3);
        assertFalse(validate(threeNumbers).isEmpty(), "span of three numbers");

        ObjectNode noHeadline = json(Records.full());
        noHeadline.remove("headline");
        assertFalse(validate(noHeadline).isEmpty(), "headline is required even when null");

        ObjectNode badError = json(Records.failed("x", "empty"));
        ((ObjectNode) badError.get("errors").get(0)).remove("message");
        assertFalse(validate(badError).isEmpty(), "errors need code and message");

        ObjectNode badDate = json(Records.full());
        ((ObjectNode) badDate.get("date")).remove("iso");
        assertFalse(validate(badDate).isEmpty(), "date needs text, iso and kind");
    }

    @Test
    void extraTopLevelFieldsAreAllowed() throws IOException {
        ObjectNode extra = json(Records.full());
        extra.put("x_future_field", 1);
        assertEquals(Set.of(), validate(extra));
    }

    @Test
    void schemaCanBeWrittenToAFile() throws IOException {
        Path target = tmp.resolve("article.schema.json");
        Cli.Result r = Cli.run("schema", "-o", target.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(Cli.run("schema").out(), Files.readString(target, UTF_8));
        Cli.Result missing =
                Cli.run("schema", "-o", tmp.resolve("no/dir/s.json").toString());
        assertEquals(ExitCodes.OUTPUT, missing.code());
        assertTrue(missing.err().contains("cannot write"), missing.err());
    }
}
