package dev.corpus.quotes;

import org.jspecify.annotations.Nullable;

/** A quote as found, with how its speaker was named, before pronouns are resolved across quotes. */
record Candidate(Quote quote, SpeakerFinder.@Nullable Named speaker) {}
