package dev.corpus.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes, which scripts rely on: never renumber. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int INPUT_ERRORS = 3;
    static final int OUTPUT = 4;

    private ExitCodes() {}

    /** For the "Exit codes:" section of --help. */
    static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" " + OK, "Every input was processed without errors.");
        m.put(
                " " + INTERNAL,
                "Internal error (a bug): message on stderr; stack trace with --verbose or CORPUS_DEBUG=1.");
        m.put(" " + USAGE, "Usage error: bad option or value, missing PATH.");
        m.put(" " + INPUT_ERRORS, "Finished, but some records have errors (see their \"errors\" field).");
        m.put(" " + OUTPUT, "Cannot write the output (missing directory, disk full, reader went away).");
        return m;
    }
}
