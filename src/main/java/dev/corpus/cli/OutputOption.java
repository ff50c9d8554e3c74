package dev.corpus.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** -o FILE, shared by the commands that produce output. */
final class OutputOption {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output (\"-\" is standard output). "
                    + "FILE is replaced atomically: it is complete or untouched, never half written.")
    @Nullable
    String file;

    boolean toStdout() {
        return file == null || file.equals("-");
    }

    /**
     * @throws OutputTarget.OutputException if the file cannot be created
     */
    OutputTarget open(PrintWriter stdout) throws OutputTarget.OutputException {
        return toStdout() || file == null ? OutputTarget.stdout(stdout) : OutputTarget.file(file);
    }

    /**
     * Says on {@code err} why the output could not be opened or made final (not for standard output: a closed
     * stdout is normal, as in {@code | head}).
     *
     * @return the exit code for it
     */
    int failed(PrintWriter err, OutputTarget.OutputException e) {
        if (!toStdout()) {
            err.println("corpus: " + e.getMessage());
        }
        return ExitCodes.OUTPUT;
    }
}
