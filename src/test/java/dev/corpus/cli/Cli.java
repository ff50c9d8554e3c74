package dev.corpus.cli;

import dev.corpus.load.InputRef;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.PipelineOptions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Function;

/** Runs the command line in-process with captured output, as picocli's docs recommend for tests. */
final class Cli {
    private Cli() {}

    record Result(int code, String out, String err) {}

    /** Not a terminal, no variables, empty stdin, the real pipeline, two processors. */
    static Environment env() {
        return new Environment(Map.of(), false, false, InputStream::nullInputStream, Environment.PIPELINE, 2);
    }

    static Environment env(Map<String, String> variables, boolean stdoutTerminal, boolean stderrTerminal) {
        return new Environment(
                variables, stdoutTerminal, stderrTerminal, InputStream::nullInputStream, Environment.PIPELINE, 2);
    }

    static Environment env(Function<PipelineOptions, Function<InputRef, ArticleRecord>> pipelines) {
        return new Environment(Map.of(), false, false, InputStream::nullInputStream, pipelines, 2);
    }

    static Result run(String... args) {
        return run(env(), args);
    }

    static Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
        int code = CorpusCommand.create(env, out, err, args).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
