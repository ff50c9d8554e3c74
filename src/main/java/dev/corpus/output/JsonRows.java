package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the rows of a corpus-wide view as JSON Lines or as one JSON array, in the given order. */
final class JsonRows {
    private JsonRows() {}

    /** Writes one row as one JSON object. */
    @FunctionalInterface
    interface RowJson<T> {
        void write(JsonGenerator g, T row) throws IOException;
    }

    /** Writes {@code rows} for {@link OutputFormat#JSONL} or {@link OutputFormat#JSON}, each row on one line. */
    static <T> void write(OutputFormat format, List<T> rows, RowJson<T> toJson, Writer out) throws IOException {
        JsonGenerator g = JsonGenerators.compact(out);
        if (format == OutputFormat.JSONL) {
            for (T row : rows) {
                toJson.write(g, row);
                g.writeRaw('\n');
            }
        } else {
            g.writeRaw('[');
            for (int i = 0; i < rows.size(); i++) {
                g.writeRaw(i == 0 ? "\n  " : ",\n  ");
                toJson.write(g, rows.get(i));
            }
            g.writeRaw(rows.isEmpty() ? "]\n" : "\n]\n");
        }
        g.flush();
    }
}
