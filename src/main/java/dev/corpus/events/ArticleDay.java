package dev.corpus.events;

import dev.corpus.article.ArticleDate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The article's day, if its date has one: what relative dates are resolved against. Worked out once, when the
 * first sentence's dates are looked for; one per document, read on one thread.
 */
final class ArticleDay {
    private final @Nullable ArticleDate date;
    private @Nullable LocalDate day;
    private boolean known;

    ArticleDay(@Nullable ArticleDate date) {
        this.date = date;
    }

    @Nullable
    LocalDate get() {
        if (!known) {
            day = EventDates.day(date);
            known = true;
        }
        return day;
    }
}
