package dev.corpus.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds calendar dates written in text ("Nov. 19, 2019", "19. November 2019", "2019-11-19", "Nov.10",
 * "19.11.2019") and gives them in ISO 8601 as precise as the text allows: "2019-11-19", "2019-11", or
 * "--11-10" when no year is written. Relative dates are resolved elsewhere, against the article's date.
 */
public final class DateParser {
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;
    /** A year's digits, as {@link #mayHoldYear} looks for them. */
    private static final int YEAR_DIGITS = 4;

    /** A day in an address's path: /2019/11/19/, 2019-11-19, 2019_11_19. */
    private static final Pattern URL_YMD =
            Pattern.compile("(?<!\\d)(?<y>(?:19|20)\\d\\d)(?<sep>[/_.-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)");
    /** A day written day first in an address's path: 29-10-2021, 29.10.2021. */
    private static final Pattern URL_DMY =
            Pattern.compile("(?<!\\d)(?<d>\\d{1,2})(?<sep>[_.-])(?<m>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d\\d)(?!\\d)");
    /**
     * A day written as one path segment of eight digits: /20200516/. Only a whole segment, so that article
     * numbers that run on ("/202005161234") are not read as days.
     */
    private static final Pattern URL_COMPACT =
            Pattern.compile("(?<=/)(?<y>(?:19|20)\\d\\d)(?<m>[01]\\d)(?<d>[0-3]\\d)(?=/)");

    private static final Pattern AMBIGUOUS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DateParser() {}

    /**
     * The day an address's path names ("https://site.com/2019/11/19/story" gives "2019-11-19"), or empty. Only
     * full days count: a month alone ("/2019/11/") is an archive's, not the article's.
     */
    public static Optional<String> fromUrl(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (slash < 0) {
            return Optional.empty();
        }
        int query = url.indexOf('?', slash);
        String path = query < 0 ? url.substring(slash) : url.substring(slash, query);
        for (Pattern p : List.of(URL_YMD, URL_DMY, URL_COMPACT)) {
            String iso = firstDay(p.matcher(path));
            if (iso != null) {
                return Optional.of(iso);
            }
        }
        return Optional.empty();
    }

    /** The first match of {@code m} that names a day that exists, in ISO form, or null. */
    private static @Nullable String firstDay(Matcher m) {
        while (m.find()) {
            String iso = isoDay(
                    Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /** A date found in text: {@code [start, end)} char offsets and the ISO form. */
    public record Match(int start, int end, String iso) {}

    /** The first date in {@code text} (leftmost; the longest when two start together). */
    public static Optional<Match> find(String text) {
        int digit = firstDigit(text);
        if (digit < 0) {
            return Optional.empty(); // every pattern needs a digit: most sentences are done here
        }
        return Optional.ofNullable(new DateSearch(text, digit).first(0));
    }

    /** Every date in {@code text}, left to right, without overlaps. */
    public static List<Match> findAll(String text) {
        return findAll(text, firstDigit(text));
    }

    /**
     * As {@link #findAll(String)}, for a caller that knows where the first digit is ({@link #firstDigit}; -1: the
     * text has none) and asks {@link #mayHoldYear(String, int)} too.
     */
    public static List<Match> findAll(String text, int digit) {
        List<Match> all = new ArrayList<>();
        if (digit < 0) {
            return all;
        }
        DateSearch search = new DateSearch(text, digit);
        int from = 0;
        while (from < text.length()) {
            Match m = search.first(from);
            if (m == null) {
                break;
            }
            all.add(m);
            from = m.end();
        }
        return all;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The other reading of a day written with slashes whose first two numbers could each be the month
     * ("04/12/2017": April 12 in the US, 4 December elsewhere), or empty when {@code text} has one reading.
     * {@link #find} reads it month first.
     */
    public static Optional<String> otherReading(String text) {
        Matcher m = AMBIGUOUS.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 || b > 12 || a == b) {
            return Optional.empty();
        }
        return Optional.ofNullable(isoDay(Integer.parseInt(m.group(3)), b, a));
    }

    /**
     * Whether {@code text} holds a run of exactly four digits that is a year in range: every date with a year
     * (a full day, a month) has one, so a text without one needs no search for those. A run of four digits
     * covers one of every four chars, so only those are read until one is a digit (most texts have few
     * digits): then its whole run is.
     */
    public static boolean mayHoldYear(String text) {
        return holdsYearFrom(text, 0);
    }

    /**
     * As {@link #mayHoldYear(String)}, for a text whose first digit is at {@code firstDigit} (-1: none): a text
     * without one is answered at once, and the others are read from that digit on.
     */
    public static boolean mayHoldYear(String text, int firstDigit) {
        return firstDigit >= 0 && holdsYearFrom(text, firstDigit);
    }

    /** {@link #mayHoldYear(String)} of a text with no digit before {@code from}. */
    private static boolean holdsYearFrom(String text, int from) {
        int n = text.length();
        // a year's run starts at from or later, so its last digit is at from + 3 or later: one read of every four
        // from there meets each run of four
        for (int i = from + YEAR_DIGITS - 1; i < n; i += YEAR_DIGITS) {
            if (!isDigit(text.charAt(i))) {
                continue;
            }
            int start = i;
            while (start > 0 && isDigit(text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && isDigit(text.charAt(end))) {
                end++;
            }
            if (end - start == YEAR_DIGITS && isYear(Integer.parseInt(text, start, end, 10))) {
                return true;
            }
            // the run's other read chars are digits of the same run: go on from the last of them
            i += (end - 1 - i) / YEAR_DIGITS * YEAR_DIGITS;
        }
        return false;
    }

    static boolean isYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Where the first ASCII digit of {@code text} is, or -1: every date, and every year, has one. */
    public static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "2019-11-19" or "--11-19", or null when the day does not exist. */
    public static @Nullable String isoDay(@Nullable Integer year, int month, int day) {
        try {
            LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: allows --02-29
        } catch (DateTimeException e) {
            return null;
        }
        StringBuilder iso = new StringBuilder(10);
        if (year == null) {
            iso.append("--");
        } else {
            pad(iso, year, 4).append('-');
        }
        pad(iso, month, 2).append('-');
        return pad(iso, day, 2).toString();
    }

    /** Appends {@code n} (not negative) zero-padded to {@code width} digits, as %0Nd does. */
    static StringBuilder pad(StringBuilder sb, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    /** 1..12 for a month name or abbreviation in any listed language, 0 if unknown. */
    public static int monthNumber(String name) {
        return MonthNames.number(name);
    }
}
