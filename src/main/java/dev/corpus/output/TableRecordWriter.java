package dev.corpus.output;

import dev.corpus.article.ArticleDate;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.util.Validate;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fixed-width columns, one line per article. Widths are fixed up front rather than fitted to the data,
 * because fitting would mean holding every record until the end.
 */
final class TableRecordWriter implements RecordWriter {
    static final int DEFAULT_WIDTH = 100;
    private static final String RED = "\u001B[31m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";
    private static final int DATE = 10;
    private static final int COUNT = 3;
    private static final int ERRORS = 12;
    private static final int COLUMNS = 8;

    private final Writer out;
    private final boolean colour;
    private final int path;
    private final int headline;
    private final int authors;

    TableRecordWriter(Writer out, int width, boolean colour) {
        this.out = out;
        this.colour = colour;
        int flexible = width - (COLUMNS - 1) - DATE - 3 * COUNT - ERRORS;
        Validate.isTrue(flexible >= 30, "table width too small: " + width);
        this.path = flexible * 3 / 10;
        this.authors = flexible / 4;
        this.headline = flexible - path - authors;
    }

    @Override
    public void begin() throws IOException {
        String header = line(List.of("PATH", "HEADLINE", "AUTHORS", "DATE", "ACT", "QUO", "EVT", "ERRORS"));
        out.write(colour ? BOLD + header + RESET : header);
        out.write('\n');
    }

    @Override
    public void write(ArticleRecord r) throws IOException {
        ArticleDate date = r.date();
        String dateText = date == null ? "" : date.iso().isEmpty() ? date.text() : date.iso();
        String errors = r.errors().stream().map(Problem::code).collect(Collectors.joining(","));
        String row = line(List.of(
                r.path(),
                r.headline() == null ? "" : r.headline(),
                String.join(", ", r.authors()),
                dateText,
                Integer.toString(r.actors().size()),
                Integer.toString(r.quotes().size()),
                Integer.toString(r.events().size()),
                errors));
        out.write(colour && r.failed() ? RED + row + RESET : row);
        out.write('\n');
    }

    @Override
    public void end() {}

    private String line(List<String> cells) {
        int[] widths = {path, headline, authors, DATE, COUNT, COUNT, COUNT, ERRORS};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            // Paths are cut at the start so that the file name stays visible.
            sb.append(
                    i == 0 ? DisplayWidth.fitEnd(cells.get(i), widths[i]) : DisplayWidth.fit(cells.get(i), widths[i]));
        }
        return sb.toString().stripTrailing();
    }
}
