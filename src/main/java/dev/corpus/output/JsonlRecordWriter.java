package dev.corpus.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.Writer;

/** One compact JSON object per line, "\n" terminated, so that {@code head}, {@code jq} and {@code split} work. */
final class JsonlRecordWriter implements RecordWriter {
    // One generator for the run: records go through its buffer into the writer, with no String per record.
    private final JsonGenerator json;

    JsonlRecordWriter(Writer out) {
        this.json = JsonGenerators.compact(out);
    }

    @Override
    public void begin() {}

    @Override
    public void write(ArticleRecord record) throws IOException {
        RecordJson.write(json, record);
        json.writeRaw('\n');
        // The whole record reaches the writer now, so that the caller sees it written (or failing) here.
        json.flush();
    }

    @Override
    public void end() {}
}
