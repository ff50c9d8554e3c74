package dev.corpus.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose, shared by the commands that run work. */
final class VerbosityOptions {
    @Option(
            names = {"-q", "--quiet"},
            description = "No progress and no summary on stderr. Errors are still reported.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show the stack trace of internal errors (also: CORPUS_DEBUG=1).")
    boolean verbose;
}
