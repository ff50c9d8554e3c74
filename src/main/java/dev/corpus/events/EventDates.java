package dev.corpus.events;

import dev.corpus.article.ArticleDate;
import dev.corpus.nlp.DateParser;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The date a sentence gives its event, resolved against the article's date and no more precise than
 * certain: "on November 4" is "--11-04" unless the article's year is known; "last February" needs it.
 */
final class EventDates {
    private static final Pattern YEAR =
            Pattern.compile("\\b(?i:in|since|of|during|by|until)\\s+((?:1[89]|20)\\d\\d)\\b");
    /**
     * A year standing alone ("the 1995 accord", "in March 1995"), not an amount ("$2000", "1995-96", and
     * "2000 troops" unless after "the").
     */
    private static final Pattern BARE_YEAR =
            Pattern.compile("(?<![$\\d.,-])\\b((?:19|20)\\d\\d)\\b(?![-/\\d])(\\s+[a-z])?");
    /** Words that put a weekday in the coming days ("will meet on Monday"). */
    private static final Pattern FUTURE = Pattern.compile("\\b(?i:will|next|scheduled|expected|plans?|due)\\b");
    /** How far after the article's date a month and day without a year may lie and still be this year's. */
    private static final int AHEAD_DAYS = 183;

    private static final Pattern RELATIVE =
            Pattern.compile("\\b(?:(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(last|this|next)\\s+month"
                    + "|(last|this|next)\\s+(year|month|week|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]{2,8})"
                    + "|((?i:yesterday|today|tomorrow))"
                    + "|(?:on\\s+|last\\s+|next\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");

    private static final char ASCII_END = 0x80;

    private EventDates() {}

    /** A date found in a sentence: char offsets in it and the resolved value. */
    record Found(int start, int end, ArticleDate date) {}

    /** Every date expression of the sentence that resolves to something certain. */
    static List<Found> find(String sentence, @Nullable ArticleDate article) {
        return find(sentence, day(article));
    }

    /** As {@link #find(String, ArticleDate)}, with the article's {@link #day} worked out once for all sentences. */
    static List<Found> find(String sentence, @Nullable LocalDate day) {
        Integer year = day != null ? Integer.valueOf(day.getYear()) : null;
        List<Found> out = new ArrayList<>();
        int digit = DateParser.firstDigit(sentence);
        for (DateParser.Match m : DateParser.findAll(sentence, digit)) {
            String iso = m.iso();
            if (iso.startsWith("--") && day != null) {
                // a month and day without a year: this year's unless that lies far ahead, then last year's
                LocalDate d = LocalDate.parse(day.getYear() + iso.substring(1));
                iso = (d.isAfter(day.plusDays(AHEAD_DAYS)) ? d.minusYears(1) : d).toString();
            }
            out.add(found(sentence, m.start(), m.end(), iso));
        }
        // the year patterns need a year's four digits: most sentences have none, and skip both scans (most have
        // no digit at all, and skip the search for one too)
        if (DateParser.mayHoldYear(sentence, digit)) {
            years(sentence, out);
        }
        if (day == null || !mayBeRelative(sentence)) {
            return out; // a relative date needs the article's day, and one of the words RELATIVE names
        }
        boolean future = FUTURE.matcher(sentence).find();
        Matcher r = RELATIVE.matcher(sentence);
        while (r.find()) {
            String iso = relative(r, day, year, future);
            if (iso != null && !overlaps(out, r.start())) {
                out.add(found(sentence, r.start(), r.end(), iso));
            }
        }
        return out;
    }

    /** Adds the dates of {@link #YEAR} and {@link #BARE_YEAR} that no date found before holds. */
    private static void years(String sentence, List<Found> out) {
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            if (overlaps(out, y.start(1))) {
                continue;
            }
            out.add(found(sentence, y.start(), y.end(), y.group(1)));
        }
        Matcher b = BARE_YEAR.matcher(sentence);
        while (b.find()) {
            boolean counted = b.group(2) != null
                    && !sentence.substring(0, b.start())
                            .toLowerCase(Locale.ROOT)
                            .endsWith("the ");
            if (!counted && !overlaps(out, b.start(1))) {
                out.add(found(sentence, b.start(1), b.end(1), b.group(1)));
            }
        }
    }

    /**
     * Whether {@link #RELATIVE} can match: it needs "last", "this" or "next", a weekday, "yesterday", "today"
     * or "tomorrow". A few substring tests spare most sentences the scan.
     */
    private static boolean mayBeRelative(String sentence) {
        return sentence.contains("last")
                || sentence.contains("this")
                || sentence.contains("next")
                || containsIgnoreCase(sentence, "day")
                || containsIgnoreCase(sentence, "tomorrow");
    }

    /**
     * Whether the word occurs in the text, case ignored as {@link String#regionMatches(boolean, int, String, int,
     * int)} ignores it. A call per position was most of this test's time, so the region is compared only where
     * the first char may equal the word's: an ASCII char equals an ASCII first letter, case ignored, only as
     * that letter in either case (EventDatesTest checks every pair); other chars (the Kelvin sign is a "k") are
     * compared in full.
     */
    static boolean containsIgnoreCase(String text, String word) {
        char first = word.charAt(0);
        boolean asciiFirst = first < ASCII_END;
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        for (int i = 0; i + word.length() <= text.length(); i++) {
            char c = text.charAt(i);
            boolean mayBeFirst = !asciiFirst || c == lower || c == upper || c >= ASCII_END;
            if (mayBeFirst && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #containsIgnoreCase}, comparing the region at every position. */
    static boolean containsIgnoreCasePlain(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String relative(
            Matcher r, @Nullable LocalDate day, @Nullable Integer year, boolean future) {
        if (day == null) {
            return null; // relative to an unknown or yearless date: nothing is certain
        }
        if (r.group(1) != null) {
            YearMonth ym = YearMonth.from(day).plusMonths(shift(r.group(2)));
            int d = Integer.parseInt(r.group(1));
            return d >= 1 && d <= ym.lengthOfMonth() ? ym.atDay(d).toString() : null;
        }
        if (r.group(3) != null) {
            int s = shift(r.group(3).toLowerCase(Locale.ROOT));
            String unit = r.group(4);
            if (unit.equals("year")) {
                return String.valueOf(year + s);
            }
            if (unit.equals("month")) {
                return YearMonth.from(day).plusMonths(s).toString();
            }
            int month = DateParser.monthNumber(unit);
            if (unit.equals("week") || month == 0 || unit.length() < 3) {
                return null;
            }
            // "last February": the latest February before the article's month; "next": the first after
            int y = s < 0
                    ? (month < day.getMonthValue() ? year : year - 1)
                    : s > 0 ? (month > day.getMonthValue() ? year : year + 1) : year;
            return String.format(Locale.ROOT, "%04d-%02d", y, month);
        }
        if (r.group(5) != null) {
            String w = r.group(5).toLowerCase(Locale.ROOT);
            return day.plusDays(w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0)
                    .toString();
        }
        // a weekday: news reports the past, so the latest such day up to the article's date; in a sentence
        // about what will happen ("next Monday", "will meet on Monday") the first such day from it
        DayOfWeek dow = DayOfWeek.valueOf(r.group(6).toUpperCase(Locale.ROOT));
        if (future || r.group().toLowerCase(Locale.ROOT).startsWith("next")) {
            int ahead = (dow.getValue() - day.getDayOfWeek().getValue() + 7) % 7;
            return day.plusDays(ahead).toString();
        }
        int back = (day.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        return day.minusDays(back).toString();
    }

    private static int shift(String word) {
        return word.equals("last") ? -1 : word.equals("next") ? 1 : 0;
    }

    private static boolean overlaps(List<Found> found, int at) {
        return found.stream().anyMatch(f -> at >= f.start() && at < f.end());
    }

    private static Found found(String sentence, int start, int end, String iso) {
        return new Found(start, end, new ArticleDate(sentence.substring(start, end), iso, null));
    }

    /** The article's day when it has a full year-month-day date. */
    static @Nullable LocalDate day(@Nullable ArticleDate article) {
        if (article == null || !startsWithFullDay(article.iso())) {
            return null;
        }
        String iso = article.iso();
        // from the digits: LocalDate.parse, once per article, was a share of the stage's time
        try {
            return LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10));
        } catch (DateTimeException e) {
            return LocalDate.parse(iso.substring(0, 10)); // no such day: the parser's own exception
        }
    }

    /** Whether the text starts with "yyyy-mm-dd", ASCII digits and hyphens. */
    private static boolean startsWithFullDay(String iso) {
        if (iso.length() < 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = iso.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }
}
