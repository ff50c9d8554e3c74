package dev.corpus.cli;

import dev.corpus.output.OutputFormat;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --format}, shared by the commands that write records: table on a terminal, jsonl otherwise. */
final class FormatOption {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}. Default: table on a terminal, jsonl otherwise.")
    @Nullable
    OutputFormat format;

    /** The format asked for, or the default for where the output goes. */
    OutputFormat chosen(Environment env, OutputOption output) {
        if (format != null) {
            return format;
        }
        return output.toStdout() && env.stdoutTerminal() ? OutputFormat.TABLE : OutputFormat.JSONL;
    }
}
