package dev.corpus.quotes;

import dev.corpus.actors.Span;
import org.jspecify.annotations.Nullable;

/** What someone said, directly or in reported speech (see CONTRACT.md). */
public record Quote(String text, String type, @Nullable String speaker, @Nullable String cue, Span span) {}
