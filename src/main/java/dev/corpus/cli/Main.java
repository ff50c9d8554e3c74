package dev.corpus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/** Entry point: wires the real process (streams, environment, terminal) to the commands and exits. */
@SuppressForbidden(reason = "the one place that owns standard input/output and the exit status")
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Thread init = new Thread(Main::initializeData, "corpus-init");
        init.setDaemon(true);
        init.start();
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

    /**
     * Classes whose static data (the verb lexicon, the date patterns, the byline and function-word lists)
     * takes a one-file run tens of milliseconds to build. {@link #main} builds it on a second thread while
     * its own thread builds the command line and the gazetteer, so that a short run does not wait for
     * both in turn: about 50 ms less wall time on two cores. The JVM's class-initialization lock makes a
     * thread that needs a class first wait for it, and a failure here leaves the run to initialize it.
     */
    static final List<String> DATA_CLASSES = List.of(
            "dev.corpus.events.VerbLexicon",
            "dev.corpus.nlp.DateParser",
            "dev.corpus.article.Bylines",
            "dev.corpus.nlp.Stopwords");

    private static void initializeData() {
        for (String name : DATA_CLASSES) {
            try {
                Class.forName(name, true, Main.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // the run initializes it itself, and reports what fails
            }
        }
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new Utf8Output(new FileOutputStream(fd)));
    }

    /** The loader closes what it opens; standard input must stay open for the JVM. */
    private static InputStream stdin() {
        return new FilterInputStream(System.in) {
            @Override
            public void close() {}
        };
    }
}
