package dev.corpus.pipeline;

import dev.corpus.actors.Gazetteer;
import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.LoadOptions;

/**
 * Everything that tunes one run of the pipeline.
 *
 * @param corpus what the run learned across its files ({@link CorpusProfile#NONE} without corpus learning)
 * @param gazetteer the known names actors are recognized with (built-in plus {@code --gazetteer} files)
 */
public record PipelineOptions(LoadOptions load, CorpusProfile corpus, Gazetteer gazetteer) {
    public static final PipelineOptions DEFAULTS = new PipelineOptions(LoadOptions.DEFAULTS);

    public PipelineOptions(LoadOptions load) {
        this(load, CorpusProfile.NONE, Gazetteer.builtIn());
    }

    public PipelineOptions withCorpus(CorpusProfile profile) {
        return new PipelineOptions(load, profile, gazetteer);
    }

    public PipelineOptions withGazetteer(Gazetteer g) {
        return new PipelineOptions(load, corpus, g);
    }
}
