package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Files.writeString(
                dir.resolve("a.txt"),
                "Quarry workers protest\n\nThe union leader Halvard Brenning told workers in Leeds that the "
                        + "quarry would stay open. Brenning said the union, \"Stone, Sand & Gravel\", agreed.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("b.txt"),
                "Quarry deal signed\n\nBrenning signed the deal on Monday, and Halvard Brenning later met "
                        + "Agnes Brenning in Leeds. The deal keeps the quarry open for ten more years.\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private static List<JsonNode> lines(String out) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> got = new ArrayList<>();
        for (String line : out.split("\n")) {
            got.add(m.readTree(line));
        }
        return got;
    }

    private static JsonNode named(List<JsonNode> nodes, String name) {
        for (JsonNode n : nodes) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError(name + " not in " + nodes);
    }

    @Test
    void mergesAPersonAcrossArticlesByFullNameAndSurname() throws Exception {
        Cli.Result r = Cli.run("actors", "-q", corpus().toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> got = lines(r.out());
        JsonNode halvard = named(got, "Halvard Brenning");
        assertEquals("person", halvard.get("type").asText());
        assertEquals(2, halvard.get("articles").asInt());
        assertEquals(4, halvard.get("mentions").asInt());
        assertEquals("Brenning", halvard.get("aliases").get(0).asText());
        JsonNode agnes = named(got, "Agnes Brenning"); // another full name: never merged
        assertEquals(1, agnes.get("articles").asInt());
        JsonNode leeds = named(got, "Leeds");
        assertEquals(2, leeds.get("paths").size());
        // most mentions first
        assertEquals("Halvard Brenning", got.get(0).get("name").asText());
    }

    @Test
    void sameBytesForAnyThreadCount() throws Exception {
        Path in = corpus();
        String one = Cli.run("actors", "-q", "--threads", "1", in.toString()).out();
        String four = Cli.run("actors", "-q", "--threads", "4", in.toString()).out();
        assertEquals(one, four);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() throws Exception {
        Files.writeString(
                dir.resolve("c.txt"),
                "Talks\n\nOfficials of the Bank of Smith, Jones and \"Partners\" met in Leeds on Monday.\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("actors", "-q", "--format", "csv", dir.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\r\n");
        assertEquals("name,type,country,mentions,articles,aliases,paths", rows[0]);
        for (int i = 1; i < rows.length; i++) {
            // a path holding a comma or a quote would be quoted; every row has its seven fields
            assertTrue(rows[i].matches("(\"([^\"]|\"\")*\"|[^,\"]*)(,(\"([^\"]|\"\")*\"|[^,\"]*)){6}"), rows[i]);
        }
        assertEquals("\"a, \"\"b\"\"\"", dev.corpus.output.CsvQuoting.quote("a, \"b\""));
    }

    @Test
    void tableFitsInAHundredColumns() throws Exception {
        Path in = corpus();
        Cli.Result r = Cli.run(
                Cli.env(Map.of("COLUMNS", "300"), false, false), "actors", "-q", "--format", "table", in.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertTrue(rows[0].startsWith("NAME"), rows[0]);
        for (String row : rows) {
            assertTrue(row.codePointCount(0, row.length()) <= 100, row);
        }
    }
}
