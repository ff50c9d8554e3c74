package dev.corpus.output;

import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.Writer;

/** A single JSON array, written element by element so that memory stays flat however many records come. */
final class JsonArrayRecordWriter implements RecordWriter {
    private final Writer out;
    private boolean first = true;

    JsonArrayRecordWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        out.write('[');
    }

    @Override
    public void write(ArticleRecord record) throws IOException {
        out.write(first ? "\n  " : ",\n  ");
        first = false;
        // JSON strings cannot hold a raw newline, so every "\n" here is layout and safe to indent.
        out.write(RecordJson.pretty(record).replace("\n", "\n  "));
    }

    @Override
    public void end() throws IOException {
        out.write(first ? "]\n" : "\n]\n");
    }
}
