package dev.corpus.bench;

import dev.corpus.load.LoadOptions;
import dev.corpus.output.OutputFormat;
import dev.corpus.output.RecordWriter;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing records, each operation one record of a dev text page (so the score is records per second), to a
 * writer that drops the characters: the JSON mapping and layout alone, as {@code corpus bench} pays them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class OutputBenchmarks {
    private final RecordWriter jsonl = RecordWriter.create(OutputFormat.JSONL, Writer.nullWriter(), false);
    private final RecordWriter json = RecordWriter.create(OutputFormat.JSON, Writer.nullWriter(), false);
    private Inputs.Cycle<ArticleRecord> records;

    @Setup
    public void setUp() throws IOException {
        Pipeline pipeline = new Pipeline(new PipelineOptions(LoadOptions.DEFAULTS));
        records = new Inputs.Cycle<>(Inputs.text().stream().map(pipeline::process).toList());
        // The array is opened once; each operation adds one element.
        json.begin();
    }

    /** One JSON Lines record, as extract's default format and the bench command write it. */
    @Benchmark
    public void writeJsonl() throws IOException {
        jsonl.write(records.next());
    }

    /** One pretty-printed element of the JSON array ({@code --format json}). */
    @Benchmark
    public void writeJson() throws IOException {
        json.write(records.next());
    }
}
