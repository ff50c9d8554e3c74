package dev.corpus.quotes;

import dev.corpus.actors.Span;
import org.jspecify.annotations.Nullable;

/**
 * What someone said, directly or in reported speech (see CONTRACT.md).
 *
 * @param type "direct" (within quotation marks) or "indirect" (reported speech)
 * @param speaker an actor's name, a short phrase for an unnamed source ("experts"), or null
 * @param cue the reporting verb or phrase as written ("said", "according to"), or ":" for a quote
 *     introduced by a colon
 * @param span the quote's text in the source, quotation marks included
 * @param speakerSpan where the speaker is named (the mention the speaker was read from), or null
 * @param cueSpan where the cue is, or null
 */
public record Quote(
        String text,
        String type,
        @Nullable String speaker,
        @Nullable String cue,
        Span span,
        @Nullable Span speakerSpan,
        @Nullable Span cueSpan) {}
