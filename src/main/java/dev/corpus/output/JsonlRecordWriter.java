package dev.corpus.output;

import dev.corpus.pipeline.ArticleRecord;
import java.io.IOException;
import java.io.Writer;

/** One compact JSON object per line, "\n" terminated, so that {@code head}, {@code jq} and {@code split} work. */
final class JsonlRecordWriter implements RecordWriter {
    private final Writer out;

    JsonlRecordWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {}

    @Override
    public void write(ArticleRecord record) throws IOException {
        out.write(RecordJson.compact(record));
        out.write('\n');
    }

    @Override
    public void end() {}
}
