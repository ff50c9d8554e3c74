package dev.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String write(OutputFormat format, List<ArticleRecord> records) throws IOException {
        return write(format, records, false);
    }

    private static String write(OutputFormat format, List<ArticleRecord> records, boolean colour) throws IOException {
        StringWriter out = new StringWriter();
        RecordWriter w = RecordWriter.create(format, out, colour);
        w.begin();
        for (ArticleRecord r : records) {
            w.write(r);
        }
        w.end();
        return out.toString();
    }

    @Test
    void jsonlIsOneRecordPerLine() throws IOException {
        String out = write(OutputFormat.JSONL, List.of(Records.full(), Records.failed("b", "empty")));
        String[] lines = out.split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2], "ends with a newline");
        assertEquals("news/a.txt", MAPPER.readTree(lines[0]).get("path").asText());
        assertEquals("b", MAPPER.readTree(lines[1]).get("path").asText());
    }

    @Test
    void jsonIsAnArrayOfTheSameRecordsAsJsonl() throws IOException {
        List<ArticleRecord> records = List.of(Records.full(), Records.failed("b", "empty"));
        JsonNode array = MAPPER.readTree(write(OutputFormat.JSON, records));
        assertTrue(array.isArray());
        String[] lines = write(OutputFormat.JSONL, records).split("\n");
        assertEquals(lines.length, array.size());
        for (int i = 0; i < lines.length; i++) {
            assertEquals(MAPPER.readTree(lines[i]), array.get(i));
        }
    }

    @Test
    void jsonWithoutRecordsIsAnEmptyArray() throws IOException {
        assertEquals("[]\n", write(OutputFormat.JSON, List.of()));
    }

    @Test
    void csvHasHeaderAndQuotesPerRfc4180() throws IOException {
        String out = write(OutputFormat.CSV, List.of(Records.full(), Records.failed("c,d", "binary")));
        String[] rows = out.split("\r\n", -1);
        assertEquals(
                "path,format,headline,subheadline,authors,date_text,date_iso,date_kind,body_chars,actors,quotes,events,errors",
                rows[0]);
        assertEquals(
                "news/a.txt,text,\"North Korea, Cuba \"\"open\"\" chapter\",Sub,Xu Mouquan; Jane Doe,Updated Nov.10,"
                        + "2018-11-10,updated,23,1,1,1,",
                rows[1]);
        assertEquals("\"c,d\",text,,,,,,,0,0,0,0,binary", rows[2]);
        assertEquals("", rows[3]);
    }

    @Test
    void csvQuotesNewlines() {
        assertEquals("\"a\nb\"", CsvQuoting.quote("a\nb"));
        assertEquals("\"a\rb\"", CsvQuoting.quote("a\rb"));
        assertEquals("\"say \"\"hi\"\"\"", CsvQuoting.quote("say \"hi\""));
        assertEquals("plain", CsvQuoting.quote("plain"));
        assertEquals("\"a,b\"", CsvQuoting.quote("a,b"));
        assertEquals("", CsvQuoting.quote(""));
        assertEquals("tab\there; semi", CsvQuoting.quote("tab\there; semi"));
    }

    @Test
    void csvJoinsErrorCodesWithSemicolons() throws IOException {
        ArticleRecord r = Records.failed("p", "empty");
        ArticleRecord two = new ArticleRecord(
                r.schema(),
                r.path(),
                r.format(),
                null,
                null,
                List.of(),
                null,
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new dev.corpus.load.Problem("binary", "x"),
                        new dev.corpus.load.Problem("invalid-encoding", "y")),
                null,
                r.sources(),
                null,
                r.stats());
        String out = write(OutputFormat.CSV, List.of(two));
        assertTrue(out.contains(",binary;invalid-encoding\r\n"), out);
    }

    @Test
    void tableFitsInOneHundredColumns() throws IOException {
        ArticleRecord wide = new ArticleRecord(
                ArticleRecord.SCHEMA,
                "a/very/long/path/that/goes/on/and/on/and/on/forever/and/ever/article-number-12345.html",
                "html",
                "朝鲜与古巴开启外交新篇章：专家认为两国目标在一定程度上一致，这也是古巴领导人在平壤受到热烈欢迎的原因",
                null,
                List.of("Somebody With A Very Long Name", "Another Author"),
                new dev.corpus.article.ArticleDate("Nov 10", "2018-11-10", "published"),
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                java.util.Map.of(),
                null,
                ArticleRecord.Stats.NONE);
        String out = write(OutputFormat.TABLE, List.of(Records.full(), wide, Records.failed("x", "not-found")));
        String[] lines = out.split("\n");
        assertEquals(4, lines.length);
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= 100, "too wide (" + DisplayWidth.of(line) + "): " + line);
        }
        assertTrue(lines[0].startsWith("PATH"));
        assertTrue(lines[2].contains("…"), "truncated: " + lines[2]);
        assertTrue(lines[2].contains("2018-11-10"));
        assertTrue(lines[3].contains("not-found"));
        assertFalse(out.contains("\u001B"), "no colour unless asked");
    }

    @Test
    void tableColoursFailedRowsOnlyWhenAsked() throws IOException {
        String out = write(OutputFormat.TABLE, List.of(Records.failed("x", "empty")), true);
        assertTrue(out.contains("\u001B[31m"));
    }

    @Test
    void displayWidthCountsWideAndCombiningCharacters() {
        assertEquals(5, DisplayWidth.of("hello"));
        assertEquals(4, DisplayWidth.of("朝鲜"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(6, DisplayWidth.of(DisplayWidth.fit("abcdefghij", 6)));
        assertEquals("abcde…", DisplayWidth.fit("abcdefghij", 6));
        assertEquals("a b   ", DisplayWidth.fit("a\nb", 6));
        assertEquals(5, DisplayWidth.of(DisplayWidth.fit("朝鲜与古巴", 5)));
    }

    @Test
    void fitEndKeepsTheEndOfPaths() {
        assertEquals("…/file.txt", DisplayWidth.fitEnd("some/long/dir/file.txt", 10));
        assertEquals("short     ", DisplayWidth.fitEnd("short", 10));
        assertEquals(7, DisplayWidth.of(DisplayWidth.fitEnd("目录/朝鲜古巴.txt", 7)));
    }
}
