package dev.corpus.events;

import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import org.jspecify.annotations.Nullable;

/** Who did what to whom, when and where, coded in CAMEO (see CONTRACT.md). */
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
        Span span) {}
