package dev.corpus.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The written forms of a date {@link DateParser} finds, one regex each, and the day a match names. */
final class DatePatterns {
    /** 2019-11-19, 2019/11/19, 2019-11-19T08:03:00Z, 2019.11.19 (East Asian pages). */
    static final int YEAR_MONTH_DAY = 0;
    /** Nov. 19, 2019 | November 4 | Nov.10 | Tuesday, November 19th 2019. */
    static final int MONTH_DAY = 1;
    /** 19 November 2019 | 19. November 2019 | 4th of November | 1er janvier 2019. */
    static final int DAY_MONTH = 2;
    /** November 2019. */
    static final int MONTH_YEAR = 3;
    /** 19.11.2019 (day first) and 11/19/2019 (US, month first unless the first part exceeds 12). */
    static final int NUMERIC = 4;
    /** 2019年11月19日 (Chinese, Japanese), 2019년 11월 19일 (Korean). */
    static final int EAST_ASIAN = 5;

    private static final String MONTH = MonthNames.alternation();

    // Indexed by the constants above; each pattern names its parts; all quantifiers are bounded so a hostile
    // line stays linear.
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\d.])(?<y>\\d{4})([-/.])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})(?![\\d])"),
            Pattern.compile("\\b(?<mn>" + MONTH + ")\\.?\\s{0,2}(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "(?:,?\\s{0,2}(?<y>\\d{4})\\b)?"),
            Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s{0,2}(?:of\\s|de\\s)?" + "(?<mn>"
                    + MONTH + ")\\.?(?:,?\\s{0,2}(?:de\\s)?(?<y>\\d{4})\\b)?"),
            Pattern.compile("\\b(?<mn>" + MONTH + ")\\.?,?\\s{1,2}(?<y>\\d{4})\\b"),
            Pattern.compile("(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?!\\d)"),
            Pattern.compile("(?<!\\d)(?<y>\\d{4})\\s?[年년]\\s?(?<m>\\d{1,2})\\s?[月월]\\s?(?<d>\\d{1,2})\\s?[日일]"));

    /** How many patterns there are. */
    static final int COUNT = PATTERNS.size();

    private DatePatterns() {}

    static Pattern get(int pattern) {
        return PATTERNS.get(pattern);
    }

    /** Whether {@code pattern} opens with a month name (and a word boundary before it), not a number. */
    static boolean opensWithName(int pattern) {
        return pattern == MONTH_DAY || pattern == MONTH_YEAR;
    }

    /** The ISO form of pattern {@code pattern}'s match, or null when it names no day (or month) that exists. */
    static @Nullable String toIso(Matcher m, int pattern) {
        String year = m.group("y"); // every pattern has one, optional in some
        if (year != null && !DateParser.isYear(Integer.parseInt(year))) {
            return null;
        }
        Integer y = year == null ? null : Integer.parseInt(year);
        return switch (pattern) {
            case YEAR_MONTH_DAY, EAST_ASIAN -> DateParser.isoDay(y, number(m, "m"), number(m, "d"));
            case MONTH_DAY, DAY_MONTH -> DateParser.isoDay(y, MonthNames.number(m.group("mn")), number(m, "d"));
            case MONTH_YEAR -> isoMonth(y, MonthNames.number(m.group("mn")));
            default -> numericDay(m, y);
        };
    }

    /** "11/19/2019" is month first, "19.11.2019" and "25/12/2019" day first. */
    private static @Nullable String numericDay(Matcher m, @Nullable Integer year) {
        int a = number(m, "a");
        int b = number(m, "b");
        boolean dayFirst = m.group("sep").equals(".") || a > 12;
        return DateParser.isoDay(year, dayFirst ? b : a, dayFirst ? a : b);
    }

    /** "2019-11", or null for no month. */
    private static @Nullable String isoMonth(int year, int month) {
        return month == 0
                ? null
                : DateParser.pad(DateParser.pad(new StringBuilder(7), year, 4).append('-'), month, 2)
                        .toString();
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
