package dev.corpus.cli;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.InputFinder;
import dev.corpus.load.LoadOptions;
import dev.corpus.pipeline.CorpusLearning;
import dev.corpus.pipeline.HeapGate;
import dev.corpus.pipeline.LoadedPages;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * PATH..., the walking options, --max-bytes, --time-budget, --threads and --no-corpus-learning: everything that decides
 * which inputs a command reads and how, shared by the commands that read articles.
 */
final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders to read; \"-\" reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            description = "Only files whose relative path or name matches GLOB (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Skip files and folders whose relative path or name matches GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(
            names = "--max-bytes",
            paramLabel = "SIZE",
            converter = ByteSizeConverter.class,
            description = "Files larger than SIZE get a too-large error without being read "
                    + "(suffixes K, M, G; default 32M).")
    long maxBytes = LoadOptions.DEFAULT_MAX_BYTES;

    @Option(
            names = "--time-budget",
            paramLabel = "TIME",
            converter = DurationConverter.class,
            description = "Most CPU time one file may take (ms, s, m; default 10s; 0 or none: no limit). A file "
                    + "that takes longer gets a timeout error, with what was found by then, and the run goes on.")
    Duration timeBudget = PipelineOptions.DEFAULT_TIME_BUDGET;

    @Option(
            names = "--no-corpus-learning",
            description = "Judge every file on its own. By default, when a run reads a folder or several files, "
                    + "text blocks that recur across its files (menus, footers) are dropped as clutter.")
    boolean noCorpusLearning;

    @Option(
            names = "--gazetteer",
            paramLabel = "FILE",
            description = "Extra known names for actors, one a line: FORM<TAB>TYPE[<TAB>COUNTRY[<TAB>CANONICAL]] "
                    + "(TYPE person, country, organization, place, group or demonym; repeatable; see README).")
    List<java.nio.file.Path> gazetteers = new ArrayList<>();

    private @Nullable Integer threads;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Files processed in parallel (default: the number of processors). "
                    + "Output is the same for any N.")
    void setThreads(int n) {
        if (n < 1 || n > 1024) {
            throw new ParameterException(mixee.commandLine(), "--threads must be between 1 and 1024, was " + n);
        }
        threads = n;
    }

    int threads(Environment env) {
        return threads != null ? threads : env.processors();
    }

    InputFinder finder(Environment env) {
        try {
            return new InputFinder(includes, excludes, env.stdin());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "bad glob: " + e.getMessage());
        }
    }

    /** More than one PATH, or a folder: the run may see many files (and shows which output is whose). */
    boolean manyInputs() {
        if (paths.size() > 1) {
            return true;
        }
        for (String p : paths) {
            if (p.equals(InputFinder.STDIN)) {
                continue;
            }
            try {
                if (Files.isDirectory(Path.of(p))) {
                    return true;
                }
            } catch (InvalidPathException e) {
                // Not a folder; the walker reports it.
            }
        }
        return false;
    }

    /**
     * Lets the run's inputs onto its threads by the heap they need (see {@link HeapGate}): with a small
     * {@code -Xmx} and many threads, large files wait for room instead of running the JVM out of memory.
     */
    HeapGate heapGate() {
        return HeapGate.forHeap(Runtime.getRuntime().maxMemory(), maxBytes);
    }

    /**
     * The pipeline options for the run. With corpus learning on and several inputs, this first loads every
     * input (on the run's threads) to learn which block texts recur across files.
     */
    PipelineOptions pipelineOptions(Environment env, InputFinder finder) throws InterruptedException {
        PipelineOptions options = new PipelineOptions(new LoadOptions(maxBytes)).withTimeBudget(timeBudget);
        if (!gazetteers.isEmpty()) {
            try {
                options = options.withGazetteer(dev.corpus.actors.Gazetteer.withFiles(gazetteers));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(mixee.commandLine(), "--gazetteer: " + e.getMessage());
            }
        }
        if (noCorpusLearning || !manyInputs()) {
            return options;
        }
        // The main pass takes the HTML pages the pre-pass could keep instead of parsing them again.
        LoadedPages pages = LoadedPages.withBudget(
                LoadedPages.defaultBudget(Runtime.getRuntime().maxMemory()));
        Pipeline loader = new Pipeline(options);
        CorpusProfile profile =
                CorpusLearning.learn(loader::learn, finder.find(paths), threads(env), pages, heapGate());
        return options.withCorpus(profile).withPages(pages);
    }
}
