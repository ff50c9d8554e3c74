package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.load.Evidence;
import dev.corpus.load.PageMetadata;
import dev.corpus.nlp.DateParser;
import dev.corpus.nlp.Words;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the article's date among the address, the markup's dates and the visible header's, and moves a
 * UTC timestamp to the day the page shows its readers; the page's first dateline is the last resort.
 */
final class ArticleDates {
    /** A dateline anywhere on the page is short: a date, a time, a name at most. */
    private static final int MAX_DATELINE_WORDS = 10;
    /** A template's sentence that says when the article was posted, with its categories and author. */
    private static final int MAX_NOTE_WORDS = 30;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)");
    /** Blocks whose dates belong to other pages or to the site: link lists, footers, comments. */
    private static final Set<String> NOT_DATELINE = Set.of("links", "footer", "comments");
    /** A timestamp in UTC: a time followed by Z or a zero offset. */
    private static final Pattern UTC =
            Pattern.compile("T?(\\d\\d):\\d\\d(?::\\d\\d(?:\\.\\d{1,9})?)?(?:Z|[+-]00:?00)(?!\\d)");
    /** Markup date sources that may name another page's or the template's date: below the visible byline. */
    private static final Set<String> WEAK_DATE_SOURCES = Set.of("json-ld:page", "time:first");

    private static final int LATEST_PREVIOUS_DAY_HOUR = 10;
    private static final int EARLIEST_NEXT_DAY_HOUR = 14;
    /** A timestamp with an offset from UTC. */
    private static final Pattern OFFSET =
            Pattern.compile("\\d:\\d\\d(?::\\d\\d(?:\\.\\d{1,9})?)?[+-]\\d\\d:?\\d\\d\\b");

    private ArticleDates() {}

    /**
     * The article's date: the day in the page's address when it has one, else the most trusted source that
     * gives a full day: the markup's publication date, its modification date, the visible byline's date, weaker
     * markup (a page node's date, the page's first time element). A timestamp in UTC ("2023-11-09T01:49Z") may name
     * the next or previous day from the publisher's: when a source written in local time (an offset other
     * than zero, the visible byline, the address) names a day next to it, that day is the one the page shows
     * its readers.
     */
    static @Nullable ArticleDate of(
            PageMetadata meta, Header header, List<BlockDecision> decisions, Map<String, String> sources) {
        String urlDay = DateParser.fromUrl(meta.url()).orElse(null);
        List<Evidence> strong = new ArrayList<>();
        List<Evidence> weak = new ArrayList<>();
        for (Evidence e : meta.published()) {
            (WEAK_DATE_SOURCES.contains(e.source()) ? weak : strong).add(e);
        }
        ArticleDate found = fromMarkup(strong, "published", meta, header, urlDay, sources);
        if (found != null) {
            found = shownUpdate(found, meta, header, urlDay, decisions, sources);
        }
        if (found == null) {
            found = fromMarkup(meta.modified(), "updated", meta, header, urlDay, sources);
        }
        if (found == null && isFullDay(header.date())) {
            sources.put("date", "text");
            found = header.date();
        }
        if (found == null) {
            found = fromMarkup(weak, "published", meta, header, urlDay, sources);
        }
        ArticleDate pageDate =
                found == null && header.pageDateFrom() != null ? firstDateline(header.pageDateFrom()) : null;
        if (pageDate != null) {
            sources.put("date", "text:page");
            found = pageDate;
        }
        if (found == null && header.date() != null) {
            // A month or a day without its year: better than nothing.
            sources.put("date", "text");
            found = header.date();
        }
        // An address is made when the article is first published, so a day in it is the publication day; a
        // different day in the markup is mostly an update's or a template's.
        if (urlDay != null && (found == null || !found.iso().equals(urlDay))) {
            sources.put("date", "url");
            found = new ArticleDate(meta.url(), urlDay, "published");
        }
        return found;
    }

    /**
     * The markup's update day instead of its publication day when the page shows readers only the update: the
     * date on the page is the one its readers (and whoever cites it) take for the article's.
     */
    private static ArticleDate shownUpdate(
            ArticleDate published,
            PageMetadata meta,
            Header header,
            @Nullable String urlDay,
            List<BlockDecision> decisions,
            Map<String, String> sources) {
        Map<String, String> updateSource = new LinkedHashMap<>();
        ArticleDate updated = fromMarkup(meta.modified(), "updated", meta, header, urlDay, updateSource);
        if (updated == null || updated.iso().equals(published.iso())) {
            return published;
        }
        // read only here: it runs the date search over every line, and most pages have no second day to weigh
        Set<String> shownDays = shownDays(decisions);
        if (shownDays.contains(published.iso())
                || shownDays.contains(published.iso().substring(0, "2000-01".length()))
                || !shownDays.contains(updated.iso())) {
            return published;
        }
        sources.put("date", updateSource.get("date") + " (shown on the page)");
        return updated;
    }

    /**
     * The full days the page shows outside link lists, footers and comments (whose dates are other pages' or
     * the site's), and the months the article's own text names.
     */
    private static Set<String> shownDays(List<BlockDecision> decisions) {
        Set<String> days = new HashSet<>();
        for (BlockDecision d : decisions) {
            if (NOT_DATELINE.contains(d.reason())) {
                continue;
            }
            String text = d.block().text();
            for (DateParser.Match m : DateParser.findAll(text)) {
                if (m.iso().length() == "2000-01".length() && d.kept()) {
                    days.add(m.iso()); // "first published in April 2017": in the article, a month says it too
                } else if (m.iso().length() == "2000-01-01".length()) {
                    days.add(m.iso());
                    // "04/12/2017" may be either day: the page's readers know which, this test need not.
                    DateParser.otherReading(text.substring(m.start(), m.end())).ifPresent(days::add);
                }
            }
        }
        return days;
    }

    /** The first full day among {@code list}, moved to the local day when it is written in UTC. */
    private static @Nullable ArticleDate fromMarkup(
            List<Evidence> list,
            String kind,
            PageMetadata meta,
            Header header,
            @Nullable String urlDay,
            Map<String, String> sources) {
        for (Evidence e : list) {
            Optional<DateParser.Match> m = DateParser.find(e.value());
            if (m.isPresent() && !m.get().iso().startsWith("--")) {
                String iso = m.get().iso();
                var utc = UTC.matcher(e.value());
                if (utc.find()) {
                    String local = localDay(meta, header, urlDay, e.value(), iso, Integer.parseInt(utc.group(1)));
                    if (local != null) {
                        iso = local;
                    }
                }
                sources.put("date", e.source());
                return new ArticleDate(e.value(), iso, kind);
            }
        }
        return null;
    }

    /** A day next to {@code utcDay} that a source written in local time gives, or null. */
    private static @Nullable String localDay(
            PageMetadata meta, Header header, @Nullable String urlDay, String utcValue, String utcDay, int utcHour) {
        List<String> local = new ArrayList<>();
        for (Evidence e : meta.published()) {
            // Only the same moment written in local time: other timestamps (teasers, updates) say nothing.
            if (OFFSET.matcher(e.value()).find() && !UTC.matcher(e.value()).find() && sameMoment(utcValue, e.value())) {
                DateParser.find(e.value()).ifPresent(m -> local.add(m.iso()));
            }
        }
        if (header.date() != null) {
            local.add(header.date().iso());
        }
        if (urlDay != null) {
            local.add(urlDay);
        }
        for (String day : local) {
            if (day.length() == utcDay.length() && !day.equals(utcDay) && dayApart(utcDay, day, utcHour)) {
                return day;
            }
            if (day.equals(utcDay)) {
                return null;
            }
        }
        return null;
    }

    /** Whether two ISO timestamps name the same moment, to the minute. */
    private static boolean sameMoment(String a, String b) {
        try {
            var x = OffsetDateTime.parse(a.strip()).toInstant();
            var y = OffsetDateTime.parse(b.strip()).toInstant();
            return Math.abs(Duration.between(x, y).toMinutes()) < 1;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Whether {@code local} is the day before or after {@code utcDay} and the UTC hour allows it: zones run
     * from UTC-10 to UTC+10 where news is written, so the previous day before 10:00 UTC, the next from 14:00.
     */
    private static boolean dayApart(String utcDay, String local, int utcHour) {
        try {
            long d = LocalDate.parse(local).toEpochDay()
                    - LocalDate.parse(utcDay).toEpochDay();
            return d == -1 && utcHour < LATEST_PREVIOUS_DAY_HOUR || d == 1 && utcHour >= EARLIEST_NEXT_DAY_HOUR;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The text up to the end of the sentence that goes on at {@code from} (". " or the text's end). */
    private static String sentenceAround(String text, int from) {
        var end = SENTENCE_END.matcher(text);
        return end.find(from) ? text.substring(0, end.start() + 1) : text;
    }

    static boolean isFullDay(@Nullable ArticleDate date) {
        return date != null && date.iso().length() == "2000-01-01".length();
    }

    /**
     * The first short line with a full day (or paragraph that opens with one) that is not a link (archive
     * lists, teasers) or the footer (copyright years): on a page whose article the cleaner missed, it is most often the article's date.
     */
    private static @Nullable ArticleDate firstDateline(List<BlockDecision> decisions) {
        for (BlockDecision d : decisions) {
            // a full day is written with its year: most lines are done here, before their reason is looked up
            if (!DateParser.mayHoldYear(d.block().text()) || NOT_DATELINE.contains(d.reason())) {
                continue;
            }
            String text = d.block().text().strip();
            // both readings below take the line's first date (the byline's is the same search on the same
            // text), and only a full day counts: a line without one is done before the words are read
            Optional<DateParser.Match> m = DateParser.find(text);
            if (m.isEmpty() || m.get().iso().length() != "2000-01-01".length()) {
                continue;
            }
            int words = Words.count(text);
            if (words > MAX_DATELINE_WORDS) {
                // A paragraph that opens with its day ("01.02.2022 – The council said ...") is dated by it, and
                // so is a template's sentence "This entry was posted on May 3, 2011 by Ann".
                String sentence =
                        m.isEmpty() ? text : sentenceAround(text, m.get().end());
                String note = Words.count(sentence) <= MAX_NOTE_WORDS ? Bylines.noteKind(sentence) : null;
                if (m.isPresent()
                        && (m.get().start() == 0 || note != null)
                        && m.get().iso().length() == "2000-01-01".length()) {
                    return new ArticleDate(
                            text.substring(m.get().start(), m.get().end()),
                            m.get().iso(),
                            note == null ? "published" : note);
                }
                continue;
            }
            Optional<Bylines.Byline> b = Bylines.parse(text, true);
            if (b.isPresent() && b.get().date() != null && b.get().date().iso().length() == "2000-01-01".length()) {
                return b.get().date();
            }
        }
        return null;
    }
}
