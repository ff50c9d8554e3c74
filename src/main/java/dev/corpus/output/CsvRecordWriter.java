package dev.corpus.output;

import dev.corpus.article.ArticleDate;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled. Only scalar fields: lists become counts or joined strings so that every article is one row.
 */
final class CsvRecordWriter implements RecordWriter {
    static final List<String> HEADER = List.of(
            "path",
            "format",
            "headline",
            "subheadline",
            "authors",
            "date_text",
            "date_iso",
            "date_kind",
            "body_chars",
            "actors",
            "quotes",
            "events",
            "errors");

    private final Writer out;

    CsvRecordWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        row(HEADER);
    }

    @Override
    public void write(ArticleRecord r) throws IOException {
        ArticleDate date = r.date();
        row(List.of(
                r.path(),
                r.format(),
                orEmpty(r.headline()),
                orEmpty(r.subheadline()),
                String.join("; ", r.authors()),
                date == null ? "" : date.text(),
                date == null ? "" : date.iso(),
                date == null ? "" : orEmpty(date.kind()),
                // Code points, the unit spans count in.
                Integer.toString(r.body().codePointCount(0, r.body().length())),
                Integer.toString(r.actors().size()),
                Integer.toString(r.quotes().size()),
                Integer.toString(r.events().size()),
                r.errors().stream().map(Problem::code).collect(Collectors.joining(";"))));
    }

    @Override
    public void end() {}

    private void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvQuoting.quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
