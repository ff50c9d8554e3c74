package dev.corpus.cli;

import dev.corpus.actors.ActorIndex;
import dev.corpus.output.ActorIndexWriter;
import dev.corpus.output.OutputFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corpus actors PATH...}: the corpus-wide actor index. */
@Command(
        name = "actors",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "List the actors of all inputs, each merged across articles by name, alias and country,",
            "with its mentions, the number of articles and their paths. Most mentioned first."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  corpus actors articles/",
            "  corpus actors --format csv articles/ > actors.csv",
            "  corpus actors articles/ | jq -r 'select(.type == \"person\") | .name'"
        })
final class ActorsCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    InputOptions input;

    @Mixin
    FormatOption format;

    ActorsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        OutputFormat chosen = format.chosen(env, output);
        ActorIndex index = new ActorIndex();
        return CorpusView.run(
                spec,
                env,
                input,
                output,
                verbosity,
                record -> index.add(record.path(), record.actors()),
                (out, width) -> ActorIndexWriter.write(chosen, index.entries(), out, width));
    }
}
