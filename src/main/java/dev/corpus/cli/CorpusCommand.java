package dev.corpus.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top-level {@code corpus} command: only dispatches to subcommands. */
@Command(
        name = "corpus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Analyse news articles: headline, byline, date, body, actors, quotes and events.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  corpus extract articles/ | jq -r .headline",
            "  corpus extract --format table story.html",
            "  corpus events --dyad CUB,PRK articles/",
            "  corpus strip --explain story.html",
            "  corpus schema > article.schema.json"
        })
public final class CorpusCommand implements Runnable {
    /**
     * The subcommands by name, in the order --help lists them. Registered in code rather than in the
     * annotation so that a run builds the model (annotation reflection, converters, mixins) of the one
     * subcommand it runs: building all of them was a noticeable part of a one-file run's start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("extract", ExtractCommand.class);
        m.put("actors", ActorsCommand.class);
        m.put("events", EventsCommand.class);
        m.put("strip", StripCommand.class);
        m.put("schema", SchemaCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /**
     * A fully configured command line for these arguments: output and error writers, colour, exit codes in
     * --help, and an exception handler that maps bugs to exit 1 without a stack trace unless asked for.
     * When the first argument names a subcommand (other than help) only that one is registered; otherwise
     * (no arguments, --help, help, a typo that wants suggestions) all are.
     */
    public static CommandLine create(Environment env, PrintWriter out, PrintWriter err, String... arguments) {
        Factory factory = new Factory(env);
        CommandLine cl = new CommandLine(CorpusCommand.class, factory);
        String first = arguments.length > 0 ? arguments[0] : "";
        for (Map.Entry<String, Class<?>> sub : SUBCOMMANDS.entrySet()) {
            if (first.equals("help")
                    || !SUBCOMMANDS.containsKey(first)
                    || sub.getKey().equals(first)) {
                cl.addSubcommand(sub.getKey(), new CommandLine(sub.getValue(), factory));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        boolean colour = env.colourAllowed() && env.stdoutTerminal();
        cl.setColorScheme(
                CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        // A short message and a pointer to --help: the full usage would bury the one line that matters.
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter e = failed.getErr();
            e.println("corpus: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            e.println("corpus: internal error: " + ex);
            if (env.debug() || verbose(parseResult)) {
                ex.printStackTrace(e);
            } else {
                e.println("corpus: run with --verbose or CORPUS_DEBUG=1 for details");
            }
            e.flush();
            return ExitCodes.INTERNAL;
        });
        addExitCodes(cl);
        return cl;
    }

    private static void addExitCodes(CommandLine cl) {
        cl.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        cl.getSubcommands().values().forEach(CorpusCommand::addExitCodes);
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Hands the environment to the commands that need it; everything else is made the default way. */
    private static final class Factory implements IFactory {
        private final Environment env;
        private final IFactory fallback = CommandLine.defaultFactory();

        Factory(Environment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(env));
            }
            if (cls == ActorsCommand.class) {
                return cls.cast(new ActorsCommand(env));
            }
            if (cls == EventsCommand.class) {
                return cls.cast(new EventsCommand(env));
            }
            if (cls == StripCommand.class) {
                return cls.cast(new StripCommand(env));
            }
            if (cls == BenchCommand.class) {
                return cls.cast(new BenchCommand(env));
            }
            return fallback.create(cls);
        }
    }
}
