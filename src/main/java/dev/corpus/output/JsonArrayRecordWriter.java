package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.Writer;

/** A single JSON array, written element by element so that memory stays flat however many records come. */
final class JsonArrayRecordWriter implements RecordWriter {
    // One generator for the run, its pretty printer indenting each record one level in, under the array.
    private final JsonGenerator json;
    private boolean first = true;

    JsonArrayRecordWriter(Writer out) {
        this.json = JsonGenerators.prettyInArray(out);
    }

    @Override
    public void begin() throws IOException {
        json.writeRaw('[');
        json.flush();
    }

    @Override
    public void write(ArticleRecord record) throws IOException {
        json.writeRaw(first ? "\n  " : ",\n  ");
        first = false;
        RecordJson.write(json, record);
        // The whole record reaches the writer now, so that the caller sees it written (or failing) here.
        json.flush();
    }

    @Override
    public void end() throws IOException {
        json.writeRaw(first ? "]\n" : "\n]\n");
        json.flush();
    }
}
