package dev.corpus.cli;

import dev.corpus.load.InputRef;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the commands need from the process around them, passed in rather than read from {@code System} so
 * that tests can play a terminal, set variables, feed stdin or inject a failing pipeline.
 *
 * @param variables environment variables (NO_COLOR, CI, CORPUS_DEBUG)
 * @param stdoutTerminal whether standard output is a terminal (picks the default format and colour)
 * @param stderrTerminal whether standard error is a terminal (progress and colour)
 * @param stdin standard input, for the "-" argument
 * @param pipelines makes the per-input processing function for a run's options
 * @param processors the default for --threads
 */
public record Environment(
        Map<String, String> variables,
        boolean stdoutTerminal,
        boolean stderrTerminal,
        InputRef.ByteSource stdin,
        Function<PipelineOptions, Function<InputRef, ArticleRecord>> pipelines,
        int processors) {

    /** The real pipeline. */
    public static final Function<PipelineOptions, Function<InputRef, ArticleRecord>> PIPELINE =
            options -> new Pipeline(options)::process;

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
    boolean colourAllowed() {
        return isEmpty(variables.get("NO_COLOR"));
    }

    /** CI systems show a log, not a terminal; carriage-return progress only clutters it. */
    boolean ci() {
        return variables.containsKey("CI");
    }

    boolean debug() {
        return !isEmpty(variables.get("CORPUS_DEBUG"));
    }

    private static boolean isEmpty(@Nullable String value) {
        return value == null || value.isEmpty();
    }
}
