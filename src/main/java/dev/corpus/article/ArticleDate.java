package dev.corpus.article;

import org.jspecify.annotations.Nullable;

/**
 * A date as the article writes it.
 *
 * @param text the words as written ("Updated Nov.10")
 * @param iso ISO 8601 as precise as the text allows: "2018-11-10", "2018-11", "2018", "--11-10"
 * @param kind "published" or "updated" for the article's own date; null for dates inside the text
 */
public record ArticleDate(String text, String iso, @Nullable String kind) {}
