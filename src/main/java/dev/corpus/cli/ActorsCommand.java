package dev.corpus.cli;

import dev.corpus.actors.ActorIndex;
import dev.corpus.load.InputFinder;
import dev.corpus.load.InputRef;
import dev.corpus.load.Problem;
import dev.corpus.output.ActorIndexWriter;
import dev.corpus.output.OutputFormat;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.BatchRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corpus actors PATH...}: the corpus-wide actor index. */
@Command(
        name = "actors",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "List the actors of all inputs, each merged across articles by name, alias and country,",
            "with its mentions, the number of articles and their paths. Most mentioned first."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  corpus actors articles/",
            "  corpus actors --format csv articles/ > actors.csv",
            "  corpus actors articles/ | jq -r 'select(.type == \"person\") | .name'"
        })
final class ActorsCommand implements Callable<Integer> {
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

    ActorsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat chosen = format.chosen(env, output);
        InputFinder finder = input.finder(env);
        Function<InputRef, ArticleRecord> process = env.pipelines().apply(input.pipelineOptions(env, finder));
        ActorIndex index = new ActorIndex();
        // records arrive in input order whatever the thread count, so the index is the same for any --threads
        BatchRunner.Summary summary = new BatchRunner(process, input.threads(env))
                .run(finder.find(input.paths), record -> {
                    for (Problem p : record.errors()) {
                        if (!verbosity.quiet) {
                            err.println("corpus: " + record.path() + ": " + p.code() + ": " + p.message());
                        }
                    }
                    index.add(record.path(), record.actors());
                    return true;
                });
        err.flush();
        try (OutputTarget target = output.open(spec.commandLine().getOut())) {
            try {
                ActorIndexWriter.write(chosen, index.entries(), target.writer(), width());
                target.writer().flush();
            } catch (IOException e) {
                if (target.reportFailures()) {
                    err.println("corpus: cannot write " + output.file + ": " + OutputTarget.reason(e));
                }
                return ExitCodes.OUTPUT;
            }
            if (target.broken()) {
                return ExitCodes.OUTPUT;
            }
            target.commit();
        } catch (OutputTarget.OutputException e) {
            if (!output.toStdout()) {
                err.println("corpus: " + e.getMessage());
            }
            return ExitCodes.OUTPUT;
        }
        return summary.failed() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** The terminal's width from COLUMNS when standard output is a terminal, else 100 columns. */
    private int width() {
        String columns = env.variables().get("COLUMNS");
        if (env.stdoutTerminal() && output.toStdout() && columns != null) {
            try {
                return Math.max(60, Math.min(1000, Integer.parseInt(columns.strip())));
            } catch (NumberFormatException e) {
                // Fall back to the default.
            }
        }
        return StripCommand.DEFAULT_WIDTH;
    }
}
