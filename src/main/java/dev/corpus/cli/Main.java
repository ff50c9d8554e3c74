package dev.corpus.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: wires the real process (streams, environment, terminal) to the commands and exits. */
@SuppressForbidden(reason = "the one place that owns standard input/output and the exit status")
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the platform charset: records are UTF-8 by contract.
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        // System.console() is null when stdin or stdout is redirected: close enough for "is a terminal".
        boolean terminal = System.console() != null;
        Environment env = new Environment(
                System.getenv(),
                terminal,
                terminal,
                Main::stdin,
                Environment.PIPELINE,
                Runtime.getRuntime().availableProcessors());
        int code = CorpusCommand.create(env, out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(
                new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8)));
    }

    /** The loader closes what it opens; standard input must stay open for the JVM. */
    private static InputStream stdin() {
        return new FilterInputStream(System.in) {
            @Override
            public void close() {}
        };
    }
}
