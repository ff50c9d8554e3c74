package dev.corpus.pipeline;

import dev.corpus.load.LoadOptions;

/** Everything that tunes one run of the pipeline. */
public record PipelineOptions(LoadOptions load) {
    public static final PipelineOptions DEFAULTS = new PipelineOptions(LoadOptions.DEFAULTS);
}
