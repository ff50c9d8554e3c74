package dev.corpus.cli;

import dev.corpus.load.InputFinder;
import dev.corpus.load.InputRef;
import dev.corpus.output.OutputFormat;
import dev.corpus.output.RecordWriter;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.BatchRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    InputOptions input;

    @Mixin
    FormatOption format;

    ExtractCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat chosen = format.chosen(env, output);
        InputFinder finder = input.finder(env);
        Function<InputRef, ArticleRecord> process = env.pipelines().apply(input.pipelineOptions(env, finder));
        boolean colour = env.colourAllowed() && output.toStdout() && env.stdoutTerminal();
        Progress progress = new Progress(err, !verbosity.quiet && env.stderrTerminal() && !env.ci(), System::nanoTime);

        try (OutputTarget target = output.open(spec.commandLine().getOut())) {
            WritingSink sink = new WritingSink(RecordWriter.create(chosen, target.writer(), colour), target, progress);
            BatchRunner.@Nullable Summary summary = run(process, finder, sink, progress);
            if (summary == null || summary.stopped()) {
                return target.writeFailed(err, sink.writeError);
            }
            target.commit();
            if (!verbosity.quiet) {
                printSummary(err, summary);
            }
            return summary.failed() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
        } catch (OutputTarget.OutputException e) {
            return output.failed(err, e);
        }
    }

    /** Runs the inputs through {@code process} into {@code sink}; null when the output failed at its start or end. */
    private BatchRunner.@Nullable Summary run(
            Function<InputRef, ArticleRecord> process, InputFinder finder, WritingSink sink, Progress progress)
            throws InterruptedException {
        try {
            sink.writer.begin();
            BatchRunner.Summary summary = new BatchRunner(process, input.threads(env))
                    .withGate(input.heapGate())
                    .run(finder.find(input.paths), sink);
            if (!summary.stopped()) {
                sink.writer.end();
            }
            return summary;
        } catch (IOException e) {
            sink.writeError = e;
            return null;
        } finally {
            progress.clear();
        }
    }

    /** Writes each record, counts them for the progress line, and stops the run when the output fails. */
    private static final class WritingSink implements BatchRunner.Sink {
        final RecordWriter writer;
        private final OutputTarget target;
        private final Progress progress;
        private long records;
        private long failed;

        @Nullable
        IOException writeError;

        WritingSink(RecordWriter writer, OutputTarget target, Progress progress) {
            this.writer = writer;
            this.target = target;
            this.progress = progress;
        }

        @Override
        public boolean accept(ArticleRecord record) {
            try {
                writer.write(record);
            } catch (IOException e) {
                writeError = e;
                return false;
            }
            records++;
            failed += record.failed() ? 1 : 0;
            progress.update(records, failed);
            return !target.broken();
        }
    }

    private void printSummary(PrintWriter err, BatchRunner.Summary s) {
        Ansi ansi = env.colourAllowed() && env.stderrTerminal() ? Ansi.ON : Ansi.OFF;
        String colour = s.failed() > 0 ? "yellow" : "green";
        err.println(ansi.string("corpus: " + s.records() + (s.records() == 1 ? " record, " : " records, ") + "@|"
                + colour + " " + s.failed() + " with errors|@"));
        err.flush();
    }
}
