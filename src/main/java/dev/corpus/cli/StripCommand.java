package dev.corpus.cli;

import dev.corpus.clean.BlockDecision;
import dev.corpus.clean.CleanedPage;
import dev.corpus.load.InputFinder;
import dev.corpus.load.Problem;
import dev.corpus.output.DisplayWidth;
import dev.corpus.pipeline.BatchRunner;
import dev.corpus.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus strip PATH...}: the clean article text of each input, or with --explain every block's fate. */
@Command(
        name = "strip",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Print the clean article text of each input: headline, a blank line, then the body.",
            "With several inputs each starts with a line \"==> PATH <==\", as with head(1).",
            "--explain lists every block instead: kept (K) or dropped (-), its score and the reason."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  corpus strip story.html",
            "  corpus strip --explain story.txt | less -S",
            "  corpus strip --explain --no-corpus-learning articles/"
        })
final class StripCommand implements Callable<Integer> {
    /** Layout width when the terminal's is unknown. */
    static final int DEFAULT_WIDTH = 100;

    /** The explain layout still reads at this width. */
    private static final int MIN_EXPLAIN_WIDTH = 40;

    private static final int MAX_REASON_WIDTH = 30;

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    InputOptions input;

    @Option(
            names = "--explain",
            description = "List every block: index, K (kept) or - (dropped), score, reason and the start of "
                    + "its text, cut to the terminal width (100 columns when not a terminal).")
    boolean explain;

    StripCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        InputFinder finder = input.finder(env);
        Pipeline pipeline = new Pipeline(input.pipelineOptions(env, finder));
        boolean headers = input.manyInputs();
        int width = width();
        try (OutputTarget target = output.open(spec.commandLine().getOut())) {
            StrippedSink sink = new StrippedSink(err, target, headers, width);
            BatchRunner.Summary summary = BatchRunner.ordered(
                    BatchRunner.gated(pipeline::strip, input.heapGate(), Pipeline.Stripped::outOfMemory),
                    input.threads(env),
                    input.threads(env) * 4,
                    finder.find(input.paths),
                    sink,
                    Pipeline.Stripped::failed);
            if (summary.stopped()) {
                return target.writeFailed(err, sink.writeError);
            }
            target.commit();
            return summary.failed() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
        } catch (OutputTarget.OutputException e) {
            return output.failed(err, e);
        }
    }

    /** Reports each page's problems, writes its text, and stops the run when the output fails. */
    private final class StrippedSink implements Predicate<Pipeline.Stripped> {
        private final PrintWriter err;
        private final OutputTarget target;
        private final boolean headers;
        private final int width;
        private boolean first = true;

        @Nullable
        IOException writeError;

        StrippedSink(PrintWriter err, OutputTarget target, boolean headers, int width) {
            this.err = err;
            this.target = target;
            this.headers = headers;
            this.width = width;
        }

        @Override
        public boolean test(Pipeline.Stripped s) {
            for (Problem p : s.problems()) {
                err.println("corpus: " + s.path() + ": " + p.code() + ": " + p.message());
            }
            err.flush();
            try {
                write(target.writer(), s, headers, first, width);
            } catch (IOException e) {
                writeError = e;
                return false;
            }
            first = false;
            return !target.broken();
        }
    }

    /** The terminal's width from COLUMNS when standard output is a terminal, else {@link #DEFAULT_WIDTH}. */
    private int width() {
        return CorpusView.width(env, output, MIN_EXPLAIN_WIDTH);
    }

    private void write(Writer out, Pipeline.Stripped s, boolean headers, boolean first, int width) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (headers) {
            sb.append(first ? "" : "\n").append("==> ").append(s.path()).append(" <==\n");
        }
        if (explain) {
            explain(
                    sb,
                    s.cleaned(),
                    s.article() == null ? Map.of() : s.article().roles(),
                    width);
        } else if (s.article() != null) {
            String headline = s.article().headline();
            String body = s.article().body();
            if (headline != null && !headline.isBlank()) {
                sb.append(headline).append('\n');
                if (!body.isEmpty()) {
                    sb.append('\n');
                }
            }
            if (!body.isEmpty()) {
                sb.append(body).append('\n');
            }
        }
        out.write(sb.toString());
    }

    /**
     * "   3  K   +9.3  prose                   The council voted ...": K kept as body, H read as the header
     * (the reason then names the field: headline, subheadline, byline, dateline), - dropped.
     */
    static void explain(StringBuilder sb, @Nullable CleanedPage cleaned, Map<Integer, String> roles, int width) {
        if (cleaned == null) {
            return;
        }
        List<BlockDecision> decisions = cleaned.decisions();
        int indexWidth = Math.max(3, String.valueOf(decisions.size() - 1).length());
        int reasonWidth = 6;
        for (BlockDecision d : decisions) {
            reasonWidth = Math.max(
                    reasonWidth,
                    Math.min(
                            MAX_REASON_WIDTH,
                            roles.getOrDefault(d.block().index(), d.reason()).length()));
        }
        String head = String.format(
                Locale.ROOT,
                "%" + indexWidth + "s  %s  %6s  %-" + reasonWidth + "s  %s",
                "#",
                "K",
                "score",
                "reason",
                "text");
        sb.append(head.stripTrailing()).append('\n');
        for (BlockDecision d : decisions) {
            String prefix = String.format(
                    Locale.ROOT,
                    "%" + indexWidth + "d  %s  %+6.1f  %s  ",
                    d.block().index(),
                    roles.containsKey(d.block().index()) ? "H" : d.kept() ? "K" : "-",
                    d.score(),
                    DisplayWidth.fit(roles.getOrDefault(d.block().index(), d.reason()), reasonWidth));
            int room = Math.max(10, width - prefix.length());
            sb.append((prefix + DisplayWidth.fit(d.block().text(), room)).stripTrailing())
                    .append('\n');
        }
        long kept = decisions.stream().filter(BlockDecision::kept).count();
        sb.append(String.format(
                Locale.ROOT, "%d blocks: %d kept, %d dropped\n", decisions.size(), kept, decisions.size() - kept));
    }
}
