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

class EventsCommandTest {
    @TempDir
    Path dir;

    /** Three articles whose events, in input order, are not in date order. */
    private Path corpus() throws Exception {
        Files.writeString(
                dir.resolve("a.txt"),
                "Cuban leader visits Pyongyang\n\nHavana, March 3, 2020\n\n"
                        + "President Miguel Díaz-Canel of Cuba visited North Korea on November 4, 2019. "
                        + "Cuba signed an agreement with North Korea on February 10.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("b.txt"),
                "Ghana closes embassy\n\nAccra, May 20, 2021\n\n"
                        + "Ghana has decided to close its embassy in Norway. "
                        + "In 1999 the Ghanaian minister Kofi Mensah was welcomed by Norway.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("c.txt"),
                "Peru closes embassy\n\nLima, May 20, 2018\n\nPeru has decided to close its embassy in Fiji.\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private static List<JsonNode> lines(String out) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> got = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                got.add(m.readTree(line));
            }
        }
        return got;
    }

    /** "cameo source_country>target_country" of each row, in order. */
    private static List<String> keys(Cli.Result r) throws Exception {
        assertEquals(0, r.code(), r.err());
        List<String> keys = new ArrayList<>();
        for (JsonNode n : lines(r.out())) {
            keys.add(n.get("cameo").asText() + " " + n.get("source_country").asText("-") + ">"
                    + n.get("target_country").asText("-"));
        }
        return keys;
    }

    @Test
    void sortsByResolvedDateWithUndatedEventsLastByArticleDate() throws Exception {
        Cli.Result r = Cli.run("events", "-q", corpus().toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> got = lines(r.out());
        assertEquals(List.of("043 NOR>GHA", "042 ->PRK", "057 CUB>PRK", "161 PER>FJI", "161 GHA>NOR"), keys(r));
        assertEquals("1999", got.get(0).get("date").get("iso").asText());
        assertEquals("2019-11-04", got.get(1).get("date").get("iso").asText());
        assertEquals("February 10", got.get(2).get("date").get("text").asText());
        assertEquals("2020-02-10", got.get(2).get("date").get("iso").asText());
        // undated: the 2018 article before the 2021 one
        assertTrue(got.get(3).get("date").isNull());
        assertEquals("2018-05-20", got.get(3).get("article_date").get("iso").asText());
        JsonNode first = got.get(1);
        assertTrue(first.get("path").asText().endsWith("a.txt"), first.toString());
        assertEquals("Cuban leader visits Pyongyang", first.get("headline").asText());
        assertEquals("Make a visit", first.get("label").asText());
        assertEquals("CONSULT", first.get("plover").asText());
        assertEquals("asserted", first.get("mode").asText());
        assertEquals(2, first.get("span").size());
        assertTrue(first.get("evidence").asText().contains("visited North Korea"));
        assertTrue(first.has("goldstein") && first.has("location") && first.has("target"));
    }

    @Test
    void filtersByActorCaseAndAccentInsensitive() throws Exception {
        Path in = corpus();
        assertEquals(
                List.of("042 ->PRK"), keys(Cli.run("events", "-q", "--actor", "MIGUEL DIAZ-CANEL", in.toString())));
        assertEquals(
                List.of("043 NOR>GHA", "042 ->PRK"),
                keys(Cli.run("events", "-q", "--actor", "miguel díaz-canel", "--actor", "kofi mensah", in.toString())));
    }

    @Test
    void filtersByCountryOnEitherSide() throws Exception {
        assertEquals(
                List.of("043 NOR>GHA", "161 GHA>NOR"),
                keys(Cli.run("events", "-q", "--country", "nor", corpus().toString())));
    }

    @Test
    void filtersByDyadDirectedOrNot() throws Exception {
        Path in = corpus();
        assertEquals(List.of("057 CUB>PRK"), keys(Cli.run("events", "-q", "--dyad", "CUB,PRK", in.toString())));
        assertEquals(List.of(), keys(Cli.run("events", "-q", "--dyad", "PRK,CUB", in.toString())));
        assertEquals(
                List.of("057 CUB>PRK"),
                keys(Cli.run("events", "-q", "--dyad", "prk,cub", "--undirected", in.toString())));
        assertEquals(List.of("043 NOR>GHA"), keys(Cli.run("events", "-q", "--dyad", "NOR,GHA", in.toString())));
    }

    @Test
    void filtersByCodePrefix() throws Exception {
        Path in = corpus();
        assertEquals(List.of("043 NOR>GHA", "042 ->PRK"), keys(Cli.run("events", "-q", "--code", "04", in.toString())));
        assertEquals(
                List.of("042 ->PRK", "161 PER>FJI", "161 GHA>NOR"),
                keys(Cli.run("events", "-q", "--code", "042", "--code", "16", in.toString())));
        // filters of different kinds must all match
        assertEquals(
                List.of("161 GHA>NOR"),
                keys(Cli.run("events", "-q", "--code", "16", "--country", "GHA", in.toString())));
    }

    @Test
    void badDyadCountryOrCodeIsAUsageError() throws Exception {
        Path in = corpus();
        for (String[] bad : List.of(
                new String[] {"--dyad", "CUB"},
                new String[] {"--dyad", "CUB,PRK,USA"},
                new String[] {"--dyad", "CUBA,PRK"},
                new String[] {"--country", "C1B"},
                new String[] {"--code", "visit"})) {
            Cli.Result r = Cli.run("events", "-q", bad[0], bad[1], in.toString());
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains(bad[0]), r.err());
        }
    }

    @Test
    void csvHasAHeaderAndQuotesFields() throws Exception {
        Cli.Result r = Cli.run("events", "-q", "--format", "csv", corpus().toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\r\n");
        assertEquals(
                "date,date_text,cameo,label,plover,goldstein,mode,source,target,source_country,target_country,"
                        + "location,evidence,span_start,span_end,path,headline,article_date",
                rows[0]);
        assertEquals(6, rows.length);
        String field = "(\"([^\"]|\"\")*\"|[^,\"]*)";
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i].matches(field + "(," + field + "){17}"), rows[i]);
        }
        // "November 4, 2019" holds a comma
        assertTrue(rows[2].startsWith("2019-11-04,\"November 4, 2019\",042,Make a visit,"), rows[2]);
    }

    @Test
    void tableFitsInAHundredColumns() throws Exception {
        Cli.Result r = Cli.run(
                Cli.env(Map.of("COLUMNS", "300"), false, false),
                "events",
                "-q",
                "--format",
                "table",
                corpus().toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertEquals(6, rows.length);
        assertTrue(rows[0].startsWith("DATE"), rows[0]);
        assertTrue(rows[1].startsWith("1999 "), rows[1]);
        for (String row : rows) {
            assertTrue(row.codePointCount(0, row.length()) <= 100, row);
        }
    }

    @Test
    void tableOnATerminalJsonlOtherwise() throws Exception {
        Path in = corpus();
        Cli.Result tty = Cli.run(Cli.env(Map.of(), true, false), "events", "-q", in.toString());
        assertTrue(tty.out().startsWith("DATE "), tty.out());
        assertTrue(Cli.run("events", "-q", in.toString()).out().startsWith("{"));
    }

    @Test
    void sameBytesForAnyThreadCount() throws Exception {
        Path in = corpus();
        for (String format : List.of("jsonl", "csv", "table")) {
            String one = Cli.run("events", "-q", "--format", format, "--threads", "1", in.toString())
                    .out();
            String four = Cli.run("events", "-q", "--format", format, "--threads", "4", in.toString())
                    .out();
            assertTrue(!one.isEmpty());
            assertEquals(one, four, format);
        }
    }
}
