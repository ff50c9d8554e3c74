package dev.corpus.cli;

import dev.corpus.load.InputFinder;
import dev.corpus.load.InputRef;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.BatchRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The run of a corpus-wide view ({@code corpus actors}, {@code corpus events}): every input through the
 * pipeline, each record handed to the view in input order (so the view is the same for any --threads),
 * then the view written once, atomically.
 */
final class CorpusView {
    /** Writes the finished view. */
    @FunctionalInterface
    interface Write {
        void to(Writer out, int width) throws IOException;
    }

    private CorpusView() {}

    static int run(
            CommandSpec spec,
            Environment env,
            InputOptions input,
            OutputOption output,
            VerbosityOptions verbosity,
            Consumer<ArticleRecord> collect,
            Write write)
            throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        InputFinder finder = input.finder(env);
        Function<InputRef, ArticleRecord> process = env.pipelines().apply(input.pipelineOptions(env, finder));
        BatchRunner.Summary summary = new BatchRunner(process, input.threads(env))
                .withGate(input.heapGate())
                .run(finder.find(input.paths), record -> {
                    for (Problem p : record.errors()) {
                        if (!verbosity.quiet) {
                            err.println("corpus: " + record.path() + ": " + p.code() + ": " + p.message());
                        }
                    }
                    collect.accept(record);
                    return true;
                });
        err.flush();
        try (OutputTarget target = output.open(spec.commandLine().getOut())) {
            try {
                write.to(target.writer(), width(env, output, MIN_VIEW_WIDTH));
                target.writer().flush();
            } catch (IOException e) {
                return target.writeFailed(err, e);
            }
            if (target.broken()) {
                return ExitCodes.OUTPUT;
            }
            target.commit();
        } catch (OutputTarget.OutputException e) {
            return output.failed(err, e);
        }
        return summary.failed() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** Narrower terminals than this get this width anyway: a table needs room for its columns. */
    private static final int MIN_VIEW_WIDTH = 60;

    /** The terminal's width from COLUMNS when standard output is a terminal, else 100 columns. */
    static int width(Environment env, OutputOption output, int min) {
        String columns = env.variables().get("COLUMNS");
        if (env.stdoutTerminal() && output.toStdout() && columns != null) {
            try {
                return Math.max(min, Math.min(1000, Integer.parseInt(columns.strip())));
            } catch (NumberFormatException e) {
                // Fall back to the default.
            }
        }
        return StripCommand.DEFAULT_WIDTH;
    }
}
