package dev.corpus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.events.Event;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.quotes.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The streamed JSON is byte for byte what the tree mapping it replaced ({@link TreeRecordJson}) wrote. */
class StreamedRecordJsonTest {

    @Test
    void compactAndPrettyMatchTheTreeMapping() {
        for (ArticleRecord r : records()) {
            assertEquals(TreeRecordJson.compact(r), RecordJson.compact(r), r.path());
            assertEquals(TreeRecordJson.pretty(r), RecordJson.pretty(r), r.path());
        }
    }

    @Test
    void jsonlWriterMatchesTheTreeMappingLineByLine() throws IOException {
        StringBuilder expected = new StringBuilder();
        for (ArticleRecord r : records()) {
            expected.append(TreeRecordJson.compact(r)).append('\n');
        }
        assertEquals(expected.toString(), write(OutputFormat.JSONL, records()));
    }

    @Test
    void jsonWriterMatchesTheTreeMappingIndentedUnderTheArray() throws IOException {
        // How the JSON writer laid out the tree mapping's pretty text before it streamed.
        StringBuilder expected = new StringBuilder("[");
        List<ArticleRecord> records = records();
        for (int i = 0; i < records.size(); i++) {
            expected.append(i == 0 ? "\n  " : ",\n  ");
            expected.append(TreeRecordJson.pretty(records.get(i)).replace("\n", "\n  "));
        }
        expected.append("\n]\n");
        assertEquals(expected.toString(), write(OutputFormat.JSON, records));
        assertEquals("[]\n", write(OutputFormat.JSON, List.of()));
    }

    private static String write(OutputFormat format, List<ArticleRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        RecordWriter w = RecordWriter.create(format, out, false);
        w.begin();
        for (ArticleRecord r : records) {
            w.write(r);
        }
        w.end();
        return out.toString();
    }

    /** Full, failed and sparse records, strings that need escaping, and a body longer than any write buffer. */
    private static List<ArticleRecord> records() {
        List<ArticleRecord> records = new ArrayList<>();
        records.add(Records.full());
        records.add(Records.failed("missing.txt", "not-found"));
        records.add(sparse("sparse.txt", "plain body", null));
        records.add(sparse(
                "esc\\aped \"path\".txt", "tab\tcr\rnul\u0000 bell\u0007 sep\u2028 é 中文 \uD83D\uDE00 </script>", -2.5));
        records.add(sparse("long.txt", "Long body line. ".repeat(4000), 10.0));
        records.add(Records.full());
        return records;
    }

    /** A record whose nested objects have every nullable field null and every list empty or short. */
    private static ArticleRecord sparse(String path, String body, @Nullable Double goldstein) {
        return new ArticleRecord(
                ArticleRecord.SCHEMA,
                path,
                "html",
                body.length() > 40 ? body.substring(0, 40) : body,
                null,
                List.of(),
                new ArticleDate("today", "2024-01-02", null),
                body,
                List.of(new Actor("Nobody", "person", null, List.of(), List.of(), 0, List.of())),
                List.of(new Quote(body, "indirect", null, null, new Span(0, 1), null, null)),
                List.of(new Event(
                        "010",
                        "Make statement",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        body,
                        new Span(3, 5),
                        "reported",
                        null,
                        goldstein)),
                List.of(new Problem("timeout", "took \"too\" long"), new Problem("empty", "")),
                new ArticleRecord.Encoding("windows-1252", "meta", 0),
                Map.of("headline", "meta:og:title", "body", "text"),
                null,
                new ArticleRecord.Stats(0, 0, 0));
    }
}
