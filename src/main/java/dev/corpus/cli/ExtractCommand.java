package dev.corpus.cli;

import dev.corpus.load.InputFinder;
import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.output.OutputFormat;
import dev.corpus.output.RecordWriter;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.BatchRunner;
import dev.corpus.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus extract PATH...}: one record per input file, in input order. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Extract article, actors, quotes and events from news files, one record per file.",
            "Folders are walked recursively in sorted order; hidden files are skipped unless named."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  corpus extract articles/ | jq -r .headline",
            "  corpus extract --include '*.html' --exclude 'drafts' articles/ -o corpus.jsonl",
            "  corpus extract --format csv articles/ > articles.csv",
            "  curl -s https://example.com/story | corpus extract -"
        })
final class ExtractCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Mixin
    VerbosityOptions verbosity;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders to read; \"-\" reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}. Default: table on a terminal, jsonl otherwise.")
    @Nullable
    OutputFormat format;

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description = "Only files whose relative path or name matches GLOB (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Skip files and folders whose relative path or name matches GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    private int threads;

    @Option(
            names = "--max-bytes",
            paramLabel = "SIZE",
            converter = ByteSizeConverter.class,
            description = "Files larger than SIZE get a too-large error without being read "
                    + "(suffixes K, M, G; default 32M).")
    long maxBytes = LoadOptions.DEFAULT_MAX_BYTES;

    ExtractCommand(Environment env) {
        this.env = env;
        this.threads = env.processors();
    }

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Files processed in parallel (default: the number of processors). "
                    + "Output is the same for any N.")
    void setThreads(int n) {
        if (n < 1 || n > 1024) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 1024, was " + n);
        }
        threads = n;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat chosen = format != null ? format : defaultFormat();
        InputFinder finder;
        try {
            finder = new InputFinder(includes, excludes, env.stdin());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad glob: " + e.getMessage());
        }
        Function<InputRef, ArticleRecord> process =
                env.pipelines().apply(new PipelineOptions(new LoadOptions(maxBytes)));
        boolean colour = env.colourAllowed() && output.toStdout() && env.stdoutTerminal();
        Progress progress = new Progress(err, !verbosity.quiet && env.stderrTerminal() && !env.ci(), System::nanoTime);

        try (OutputTarget target = output.open(spec.commandLine().getOut())) {
            RecordWriter writer = RecordWriter.create(chosen, target.writer(), colour);
            IOException[] writeError = {null};
            long[] counts = {0, 0};
            BatchRunner.Sink sink = record -> {
                try {
                    writer.write(record);
                } catch (IOException e) {
                    writeError[0] = e;
                    return false;
                }
                counts[0]++;
                counts[1] += record.failed() ? 1 : 0;
                progress.update(counts[0], counts[1]);
                return !target.broken();
            };
            BatchRunner.Summary summary;
            try {
                writer.begin();
                summary = new BatchRunner(process, threads).run(finder.find(paths), sink);
                if (!summary.stopped()) {
                    writer.end();
                }
            } catch (IOException e) {
                writeError[0] = e;
                summary = null;
            } finally {
                progress.clear();
            }
            if (summary == null || summary.stopped()) {
                return outputFailed(target, writeError[0]);
            }
            target.commit();
            if (!verbosity.quiet) {
                printSummary(err, summary);
            }
            return summary.failed() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
        } catch (OutputTarget.OutputException e) {
            if (!output.toStdout()) {
                err.println("corpus: " + e.getMessage());
            }
            return ExitCodes.OUTPUT;
        }
    }

    private OutputFormat defaultFormat() {
        return output.toStdout() && env.stdoutTerminal() ? OutputFormat.TABLE : OutputFormat.JSONL;
    }

    private int outputFailed(OutputTarget target, @Nullable IOException cause) {
        if (target.reportFailures()) {
            String reason = cause == null ? "write failed" : OutputTarget.reason(cause);
            spec.commandLine().getErr().println("corpus: cannot write " + output.file + ": " + reason);
        }
        return ExitCodes.OUTPUT;
    }

    private void printSummary(PrintWriter err, BatchRunner.Summary s) {
        Ansi ansi = env.colourAllowed() && env.stderrTerminal() ? Ansi.ON : Ansi.OFF;
        String colour = s.failed() > 0 ? "yellow" : "green";
        err.println(ansi.string("corpus: " + s.records() + (s.records() == 1 ? " record, " : " records, ") + "@|"
                + colour + " " + s.failed() + " with errors|@"));
        err.flush();
    }
}
