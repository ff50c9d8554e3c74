package dev.corpus.output;

import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes records one at a time so that a run of any size streams: nothing is buffered beyond the current
 * record. Call {@link #begin()}, then {@link #write} per record in input order, then {@link #end()}.
 * Implementations never close the underlying writer: its owner does.
 */
public interface RecordWriter {
    void begin() throws IOException;

    void write(ArticleRecord record) throws IOException;

    void end() throws IOException;

    /**
     * @param colour whether the table may use ANSI colour (the caller decides: terminal and no NO_COLOR)
     */
    static RecordWriter create(OutputFormat format, Writer out, boolean colour) {
        return switch (format) {
            case JSONL -> new JsonlRecordWriter(out);
            case JSON -> new JsonArrayRecordWriter(out);
            case CSV -> new CsvRecordWriter(out);
            case TABLE -> new TableRecordWriter(out, TableRecordWriter.DEFAULT_WIDTH, colour);
        };
    }
}
