package dev.corpus.pipeline;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.LoadOptions;

/**
 * Everything that tunes one run of the pipeline.
 *
 * @param corpus what the run learned across its files ({@link CorpusProfile#NONE} without corpus learning)
 */
public record PipelineOptions(LoadOptions load, CorpusProfile corpus) {
    public static final PipelineOptions DEFAULTS = new PipelineOptions(LoadOptions.DEFAULTS);

    public PipelineOptions(LoadOptions load) {
        this(load, CorpusProfile.NONE);
    }

    public PipelineOptions withCorpus(CorpusProfile profile) {
        return new PipelineOptions(load, profile);
    }
}
