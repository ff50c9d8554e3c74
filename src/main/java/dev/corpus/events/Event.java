package dev.corpus.events;

import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import org.jspecify.annotations.Nullable;

/**
 * Who did what to whom, when and where, coded in CAMEO (see CONTRACT.md).
 *
 * @param mode "asserted", "hypothetical" ("should warn", "if ... met") or "expected" ("will visit", "is expected
 *     to sign")
 * @param plover the PLOVER 2021 category of the code, or null (statements and appeals have none)
 * @param goldstein the code's value on the Goldstein conflict-cooperation scale, or null
 */
public record Event(
        String cameo,
        String label,
        @Nullable String source,
        @Nullable String target,
        @Nullable String sourceCountry,
        @Nullable String targetCountry,
        @Nullable ArticleDate date,
        @Nullable String location,
        String evidence,
        Span span,
        String mode,
        @Nullable String plover,
        @Nullable Double goldstein) {}
