package dev.corpus.pipeline;

import dev.corpus.actors.Gazetteer;
import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.LoadOptions;
import dev.corpus.util.Validate;
import java.time.Duration;

/**
 * Everything that tunes one run of the pipeline.
 *
 * @param corpus what the run learned across its files ({@link CorpusProfile#NONE} without corpus learning)
 * @param gazetteer the known names actors are recognized with (built-in plus {@code --gazetteer} files)
 * @param timeBudget how much CPU time one document may take, load included, before it becomes a {@code timeout}
 *     error record; {@link Duration#ZERO} for no limit
 * @param pages pages the corpus-learning pre-pass loaded, used instead of loading those files again
 */
public record PipelineOptions(
        LoadOptions load, CorpusProfile corpus, Gazetteer gazetteer, Duration timeBudget, LoadedPages pages) {
    /**
     * Ten seconds: a thousand times what a long article takes, and enough for a file at the default
     * {@code --max-bytes} of one endless line, so only a runaway reaches it.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    public static final PipelineOptions DEFAULTS = new PipelineOptions(LoadOptions.DEFAULTS);

    public PipelineOptions {
        Validate.isTrue(!timeBudget.isNegative(), "timeBudget must be >= 0");
    }

    public PipelineOptions(LoadOptions load) {
        this(load, CorpusProfile.NONE, Gazetteer.builtIn());
    }

    public PipelineOptions(LoadOptions load, CorpusProfile corpus, Gazetteer gazetteer) {
        this(load, corpus, gazetteer, DEFAULT_TIME_BUDGET, LoadedPages.NONE);
    }

    public PipelineOptions withCorpus(CorpusProfile profile) {
        return new PipelineOptions(load, profile, gazetteer, timeBudget, pages);
    }

    public PipelineOptions withGazetteer(Gazetteer g) {
        return new PipelineOptions(load, corpus, g, timeBudget, pages);
    }

    public PipelineOptions withTimeBudget(Duration budget) {
        return new PipelineOptions(load, corpus, gazetteer, budget, pages);
    }

    public PipelineOptions withPages(LoadedPages loaded) {
        return new PipelineOptions(load, corpus, gazetteer, timeBudget, loaded);
    }
}
