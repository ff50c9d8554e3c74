package dev.corpus.cli;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.Decoded;
import dev.corpus.load.InputFinder;
import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Loader;
import dev.corpus.output.OutputFormat;
import dev.corpus.output.RecordWriter;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.BatchRunner;
import dev.corpus.pipeline.CorpusLearning;
import dev.corpus.pipeline.LoadedPages;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus bench PATH...} (hidden, for scripts/bench.sh): runs {@code extract} over the inputs in this
 * JVM, writing JSON Lines to nowhere, and before it merely reads and decodes every input (the floor any
 * pipeline pays), and prints both phases' throughput and cost side by side.
 */
@Command(
        name = "bench",
        hidden = true,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Benchmark: the floor (read and decode every input) and the full extract run (corpus learning,",
            "pipeline, JSON Lines to nowhere), measured in one JVM: docs/s, MB/s, CPU seconds, peak RSS, peak heap and heap after GC."
        })
final class BenchCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            description = "Run the first N inputs through decoding, the corpus-learning pre-pass and the pipeline "
                    + "before measuring, so that the JIT has compiled the hot code (default: 0).")
    int warmup;

    @Option(names = "--phase", paramLabel = "PHASE", description = "floor, full or both (default: both).")
    String phase = "both";

    BenchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        boolean floor = phase.equals("both") || phase.equals("floor");
        boolean full = phase.equals("both") || phase.equals("full");
        if (!floor && !full) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--phase: floor, full or both");
        }
        InputFinder finder = input.finder(env);
        int threads = input.threads(env);
        long[] size = inputSize(finder);
        header(out, size, threads);
        Loader loader = new Loader(new LoadOptions(input.maxBytes));
        warmUp(finder, loader, threads);
        ProcessMeter.Figures floorFigures = floor ? floor(out, finder, loader, threads, size[1]) : null;
        if (full) {
            ProcessMeter.Figures fullFigures = full(out, finder, threads, size[1]);
            ratio(out, floorFigures, fullFigures);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void header(PrintWriter out, long[] size, int threads) {
        out.printf(
                Locale.ROOT,
                "corpus bench: %d inputs, %.1f MB, %d thread%s, warm-up %d, Java %s%n",
                size[0],
                size[1] / 1e6,
                threads,
                threads == 1 ? "" : "s",
                warmup,
                Runtime.version());
        out.printf(
                Locale.ROOT,
                "%-6s %8s %9s %8s %8s %9s %8s %11s %9s %12s %13s %13s %7s%n",
                "phase",
                "docs",
                "MB",
                "wall-s",
                "cpu-s",
                "docs/s",
                "MB/s",
                "docs/cpu-s",
                "MB/cpu-s",
                "peak-rss-MB",
                "peak-heap-MB",
                "after-gc-MB",
                "jit-s");
    }

    /**
     * Runs the first {@link #warmup} inputs through what the measured phases run: decoding, the corpus-learning
     * pre-pass, and the pipeline with what it learned on the run's threads, its records written as the full
     * phase writes them. Without the pre-pass here, its code was still compiling in the measured run; without
     * the batch runner and the writer, theirs was (JFR: their first C1 and C2 compiles came after warm-up).
     */
    private void warmUp(InputFinder finder, Loader loader, int threads) throws InterruptedException {
        if (warmup <= 0) {
            return;
        }
        List<InputRef> refs = new ArrayList<>();
        Iterator<InputRef> it = finder.find(input.paths);
        while (refs.size() < warmup && it.hasNext()) {
            refs.add(it.next());
        }
        PipelineOptions options = new PipelineOptions(new LoadOptions(input.maxBytes));
        LoadedPages pages = LoadedPages.withBudget(
                LoadedPages.defaultBudget(Runtime.getRuntime().maxMemory()));
        CorpusProfile profile = CorpusLearning.learn(new Pipeline(options)::learn, refs.iterator(), 1, pages);
        Function<InputRef, ArticleRecord> process =
                env.pipelines().apply(options.withCorpus(profile).withPages(pages));
        for (InputRef ref : refs) {
            loader.decode(ref);
        }
        writeAll(new BatchRunner(process, threads).withGate(input.heapGate()), refs.iterator());
    }

    private ProcessMeter.Figures floor(PrintWriter out, InputFinder finder, Loader loader, int threads, long bytes)
            throws InterruptedException {
        ProcessMeter meter = ProcessMeter.start();
        long[] docs = {0};
        BatchRunner.ordered(
                loader::decode, threads, threads * 4, finder.find(input.paths), d -> count(docs, d), d -> false);
        ProcessMeter.Figures figures = meter.stop();
        row(out, "floor", docs[0], bytes, figures);
        return figures;
    }

    private ProcessMeter.Figures full(PrintWriter out, InputFinder finder, int threads, long bytes)
            throws InterruptedException {
        ProcessMeter meter = ProcessMeter.start();
        double mainStart = ProcessMeter.threadCpuSeconds();
        double learnStart = ProcessMeter.cpuSeconds();
        PipelineOptions options = input.pipelineOptions(env, finder);
        double learnCpu = ProcessMeter.cpuSeconds() - learnStart;
        Function<InputRef, ArticleRecord> process = env.pipelines().apply(options);
        BatchRunner.Summary summary =
                writeAll(new BatchRunner(process, threads).withGate(input.heapGate()), finder.find(input.paths));
        double mainCpu = ProcessMeter.threadCpuSeconds() - mainStart;
        ProcessMeter.Figures figures = meter.stop();
        row(out, "full", summary.records(), bytes, figures);
        out.printf(
                Locale.ROOT,
                "full: corpus-learning pre-pass %.2f cpu-s, main thread %.2f cpu-s, %d records with errors%n",
                learnCpu,
                mainCpu,
                summary.failed());
        return figures;
    }

    /** Runs the inputs and writes their records as JSON Lines to nowhere. */
    private static BatchRunner.Summary writeAll(BatchRunner runner, Iterator<InputRef> refs)
            throws InterruptedException {
        RecordWriter writer = RecordWriter.create(OutputFormat.JSONL, Writer.nullWriter(), false);
        return runner.run(refs, r -> {
            try {
                writer.write(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }

    private static void ratio(PrintWriter out, ProcessMeter.@Nullable Figures floor, ProcessMeter.Figures full) {
        if (floor == null) {
            return;
        }
        if (floor.cpuSeconds() > 0) {
            out.printf(
                    Locale.ROOT,
                    "ratio full/floor: cpu-s %.2f, wall-s %.2f%n",
                    full.cpuSeconds() / floor.cpuSeconds(),
                    full.wallSeconds() / floor.wallSeconds());
        } else {
            // a tiny input's floor can take less CPU time than the clock resolves
            out.println("ratio full/floor: cpu-s n/a (the floor measured 0 cpu-s; use more inputs)");
        }
    }

    private static boolean count(long[] docs, Decoded d) {
        docs[0]++;
        return true;
    }

    /** How many inputs, and their bytes on disk (counted before, outside the measured phases). */
    private long[] inputSize(InputFinder finder) {
        long[] size = {0, 0};
        finder.find(input.paths).forEachRemaining(ref -> {
            size[0]++;
            Path file = ref.file();
            if (ref.size() >= 0) {
                size[1] += ref.size();
            } else if (file != null) {
                try {
                    size[1] += Files.size(file);
                } catch (IOException e) {
                    // an unreadable input counts as a document of no bytes, as the run itself will
                }
            }
        });
        return size;
    }

    private static void row(PrintWriter out, String name, long docs, long bytes, ProcessMeter.Figures f) {
        double mb = bytes / 1e6;
        out.printf(
                Locale.ROOT,
                "%-6s %8d %9.1f %8.2f %8.2f %9.0f %8.2f %11.0f %9.2f %12s %13s %13s %7s%n",
                name,
                docs,
                mb,
                f.wallSeconds(),
                f.cpuSeconds(),
                docs / f.wallSeconds(),
                mb / f.wallSeconds(),
                docs / f.cpuSeconds(),
                mb / f.cpuSeconds(),
                megabytes(f.peakRss()),
                megabytes(f.peakHeap()),
                megabytes(f.peakHeapAfterGc()),
                f.jitSeconds() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", f.jitSeconds()));
        out.flush();
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.valueOf(Math.round(bytes / 1e6));
    }
}
