package dev.corpus.events;

import dev.corpus.actors.Fold;
import dev.corpus.article.ArticleDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-wide timeline: every event of every article, with the article's path, headline and date,
 * filtered and sorted by resolved date. The order depends only on the rows, never on the order they were
 * added in, so it is the same for any thread count.
 *
 * <p>Sort order: events with a dated year first, by their ISO date as far as it is known ("2019" before
 * "2019-11" before "2019-11-04"); an event date without a year ("--11-04") takes the year of the article's
 * date. Then events whose date has no year at all (the article has none either), by month and day. Then
 * undated events, by the article's date (undated articles last). Ties: path, then span start, span end,
 * CAMEO code.
 */
public final class EventTimeline {
    private static final Pattern YEAR = Pattern.compile("\\d{4}.*");

    /** One event in its article. */
    public record Row(
            String path, @Nullable String headline, @Nullable ArticleDate articleDate, Event event, String when) {}

    /**
     * Which events to keep; each list empty = no restriction, several values = any of them, all lists must
     * match.
     *
     * @param actors source or target names, compared case- and accent-insensitively
     * @param countries ISO alpha-3 codes, either side
     * @param dyads pairs {source country, target country}
     * @param undirected whether a dyad also matches target→source
     * @param codes CAMEO code prefixes
     */
    public record Filter(
            List<String> actors,
            List<String> countries,
            List<List<String>> dyads,
            boolean undirected,
            List<String> codes) {
        public static final Filter ALL = new Filter(List.of(), List.of(), List.of(), false, List.of());

        public Filter {
            actors = actors.stream().map(Fold::of).toList();
            countries = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            dyads = dyads.stream()
                    .map(d -> d.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList())
                    .toList();
            codes = List.copyOf(codes);
        }

        /** Whether the event passes every restriction. */
        public boolean test(Event e) {
            return actor(e) && country(e) && dyad(e) && code(e);
        }

        private boolean actor(Event e) {
            if (actors.isEmpty()) {
                return true;
            }
            return (e.source() != null && actors.contains(Fold.of(e.source())))
                    || (e.target() != null && actors.contains(Fold.of(e.target())));
        }

        private boolean country(Event e) {
            return countries.isEmpty()
                    || (e.sourceCountry() != null && countries.contains(e.sourceCountry()))
                    || (e.targetCountry() != null && countries.contains(e.targetCountry()));
        }

        private boolean dyad(Event e) {
            if (dyads.isEmpty()) {
                return true;
            }
            for (List<String> d : dyads) {
                if (d.get(0).equals(e.sourceCountry()) && d.get(1).equals(e.targetCountry())) {
                    return true;
                }
                if (undirected && d.get(1).equals(e.sourceCountry()) && d.get(0).equals(e.targetCountry())) {
                    return true;
                }
            }
            return false;
        }

        private boolean code(Event e) {
            if (codes.isEmpty()) {
                return true;
            }
            for (String c : codes) {
                if (e.cameo().startsWith(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Filter filter;
    private final List<Row> rows = new ArrayList<>();

    public EventTimeline(Filter filter) {
        this.filter = filter;
    }

    /** Adds the events of one article that pass the filter. */
    public void add(String path, @Nullable String headline, @Nullable ArticleDate articleDate, List<Event> events) {
        for (Event e : events) {
            if (filter.test(e)) {
                rows.add(new Row(path, headline, articleDate, e, when(e.date(), articleDate)));
            }
        }
    }

    /**
     * The event's date as far as it is known, with the article's year when the event's date has none:
     * "2019-11-04", "2019-11", "2019", "--11-04" (no year anywhere), or "" when the event is undated.
     */
    public static String when(@Nullable ArticleDate date, @Nullable ArticleDate articleDate) {
        if (date == null || date.iso().isEmpty()) {
            return "";
        }
        String iso = date.iso();
        if (iso.startsWith("--")
                && articleDate != null
                && YEAR.matcher(articleDate.iso()).matches()) {
            return articleDate.iso().substring(0, 4) + iso.substring(1);
        }
        return iso;
    }

    private static int tier(Row r) {
        if (r.when().isEmpty()) {
            return 2;
        }
        return r.when().startsWith("--") ? 1 : 0;
    }

    private static String articleKey(Row r) {
        // undated events: by the article's date, undated articles last
        if (!r.when().isEmpty()) {
            return "";
        }
        return r.articleDate() == null ? "\uffff" : r.articleDate().iso();
    }

    /** The kept events in timeline order. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingInt(EventTimeline::tier)
                .thenComparing(Row::when)
                .thenComparing(EventTimeline::articleKey)
                .thenComparing(Row::path)
                .thenComparingInt(r -> r.event().span().start())
                .thenComparingInt(r -> r.event().span().end())
                .thenComparing(r -> r.event().cameo()));
        return out;
    }
}
