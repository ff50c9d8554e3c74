package dev.corpus.nlp;

import dev.corpus.util.Resources;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final Map<String, Integer> MONTHS = loadMonths();
    /** Month names that are also everyday lower-case words. */
    private static final java.util.Set<String> LOWER_CASE_WORDS = java.util.Set.of("march", "august", "mars");
    /** Short names that French and Romanian write in lower case ("23 mai 2019") and that are no other word. */
    private static final java.util.Set<String> SHORT_LOWER_CASE = java.util.Set.of("mai");

    private static final String MONTH = monthAlternation();
    /** The letters a month name starts with (the first letters of {@link #MONTH}). */
    private static final String MONTH_FIRST = monthFirstLetters();
    /** Every month form by its {@link #head}: which names can start at a letter. */
    private static final Map<Integer, List<String>> FORMS_BY_HEAD = formsByHead();
    /**
     * How far after a month name's first letter the digit of its day or year can be at most: the longest name,
     * then ".", "," and two spaces ("Nov., 2019" says "2019" is one char after that).
     */
    private static final int NAME_TO_DIGIT = longestMonth() + 4;
    /** How far after a day's number a month name can start: "st", ".", two spaces and "of " ("4th. of July"). */
    private static final int DAY_TO_NAME = 2 + 1 + 2 + 3;

    // Each pattern names its parts; all quantifiers are bounded so a hostile line stays linear.
    private static final List<Pattern> PATTERNS = List.of(
            // 2019-11-19, 2019/11/19, 2019-11-19T08:03:00Z, 2019.11.19 (East Asian pages)
            Pattern.compile("(?<![\\d.])(?<y>\\d{4})([-/.])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})(?![\\d])"),
            // Nov. 19, 2019 | November 4 | Nov.10 | Tuesday, November 19th 2019
            Pattern.compile("\\b(?<mn>" + MONTH + ")\\.?\\s{0,2}(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "(?:,?\\s{0,2}(?<y>\\d{4})\\b)?"),
            // 19 November 2019 | 19. November 2019 | 4th of November | 1er janvier 2019
            Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s{0,2}(?:of\\s|de\\s)?" + "(?<mn>"
                    + MONTH + ")\\.?(?:,?\\s{0,2}(?:de\\s)?(?<y>\\d{4})\\b)?"),
            // November 2019
            Pattern.compile("\\b(?<mn>" + MONTH + ")\\.?,?\\s{1,2}(?<y>\\d{4})\\b"),
            // 19.11.2019 (day first) and 11/19/2019 (US, month first unless the first part exceeds 12)
            Pattern.compile("(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?!\\d)"),
            // 2019年11月19日 (Chinese, Japanese), 2019년 11월 19일 (Korean)
            Pattern.compile("(?<!\\d)(?<y>\\d{4})\\s?[年년]\\s?(?<m>\\d{1,2})\\s?[月월]\\s?(?<d>\\d{1,2})\\s?[日일]"));

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
            Matcher m = p.matcher(path);
            while (m.find()) {
                String iso = isoDay(
                        Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
                if (iso != null) {
                    return Optional.of(iso);
                }
            }
        }
        return Optional.empty();
    }

    /** A date found in text: {@code [start, end)} char offsets and the ISO form. */
    public record Match(int start, int end, String iso) {}

    /** The first date in {@code text} (leftmost; the longest when two start together). */
    public static Optional<Match> find(String text) {
        int digit = firstDigit(text);
        if (digit < 0) {
            return Optional.empty(); // every pattern needs a digit: most sentences are done here
        }
        return Optional.ofNullable(new Search(text, digit).first(0));
    }

    /** Every date in {@code text}, left to right, without overlaps. */
    public static List<Match> findAll(String text) {
        List<Match> all = new ArrayList<>();
        int digit = firstDigit(text);
        if (digit < 0) {
            return all;
        }
        Search search = new Search(text, digit);
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

    /**
     * The date search over one text. Running each pattern's {@link Matcher#find} tried every position of the
     * text, six times over, and again for the rest after each date found: most of the pipeline's date time. A
     * match can only start where its first part can: a pattern that opens with a number at the start of a run of
     * digits, one that opens with a month name at a letter that begins one, with a digit close after. One pass
     * lists those positions, and each pattern is tried there only ({@link Matcher#lookingAt}), skipping what a
     * match that is no date covered, as {@code find} does: the same matches, in the same order.
     */
    private static final class Search {
        private final String text;
        /**
         * Where a pattern may start, ascending: a run of digits, or a month form with its number close after (a
         * name is looked for only close before a digit). Most such places fit no pattern, and a few char tests
         * tell, once for all patterns, which patterns are worth trying there: {@link #masks}.
         */
        private int[] starts = new int[8];
        /** For each of {@link #starts}, bit {@code p} set when pattern {@code p} may match there. */
        private int[] masks = new int[8];

        private int count;

        private final Matcher[] matchers = new Matcher[PATTERNS.size()];

        /** The search over {@code text}, whose first digit is at {@code firstDigit}. */
        Search(String text, int firstDigit) {
            this.text = text;
            int n = text.length();
            int scanned = 0; // where no name has been looked for yet
            for (int i = firstDigit; i < n; i++) {
                if (!isDigit(text.charAt(i))) {
                    continue;
                }
                addNames(Math.max(scanned, i - NAME_TO_DIGIT), i);
                int end = i + 1;
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
                add(i, runMask(i, end));
                scanned = end;
                i = end;
            }
        }

        /** Adds the places in {@code [from, to)} (no digits) where a month form starts with its number after. */
        private void addNames(int from, int to) {
            for (int i = from; i < to; i++) {
                if (MONTH_FIRST.indexOf(text.charAt(i)) >= 0) {
                    add(i, nameMask(i));
                }
            }
        }

        private void add(int pos, int mask) {
            if (mask == 0) {
                return;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                masks = java.util.Arrays.copyOf(masks, count * 2);
            }
            starts[count] = pos;
            masks[count++] = mask;
        }

        /** As {@link DateParser#find} on {@code text.substring(from)}, in offsets of the whole text. */
        @Nullable
        Match first(int from) {
            Match best = null;
            for (int p = 0; p < PATTERNS.size(); p++) {
                Match found = first(p, from);
                if (found != null
                        && (best == null
                                || found.start() < best.start()
                                || (found.start() == best.start() && found.end() > best.end()))) {
                    best = found;
                }
            }
            return best;
        }

        /** Pattern {@code p}'s first match from {@code from} that is a date, as its {@code find} loop gives it. */
        private @Nullable Match first(int p, int from) {
            boolean byName = p == 1 || p == 3;
            int skip = from;
            // in the rest of the text, a digit at its start begins a run even when the whole text's run began before
            if (!byName
                    && from > 0
                    && from < text.length()
                    && isDigit(text.charAt(from))
                    && isDigit(text.charAt(from - 1))) {
                Hit hit = at(p, from, from);
                if (hit != null) {
                    if (hit.iso() != null) {
                        return new Match(hit.start(), hit.end(), hit.iso());
                    }
                    skip = hit.end();
                }
            }
            int k = java.util.Arrays.binarySearch(starts, 0, count, skip);
            for (int i = k >= 0 ? k : -k - 1; i < count; i++) {
                int pos = starts[i];
                if (pos < skip || (masks[i] & 1 << p) == 0 || byName && inWord(pos, from)) {
                    continue;
                }
                Hit hit = at(p, from, pos);
                if (hit != null) {
                    if (hit.iso() != null) {
                        return new Match(hit.start(), hit.end(), hit.iso());
                    }
                    skip = hit.end();
                }
            }
            return null;
        }

        /**
         * The patterns that may match at the run of digits {@code [pos, end)}, from its length and the chars
         * after it: most numbers are no day, and a few char tests reject them before a regex is tried.
         */
        private int runMask(int pos, int end) {
            int length = end - pos;
            int mask = 0;
            if (length == 4) {
                mask |= digitAfter(end, "-/.") ? 1 : 0; // 2019-11-19
                mask |= isYearMark(end) || isSpace(end) && isYearMark(end + 1) ? 1 << 5 : 0; // 2019年11月19日
            } else if (length <= 2) {
                mask |= digitAfter(end, "./") ? 1 << 4 : 0; // 19.11.2019
                mask |= monthWithin(end, end + DAY_TO_NAME) ? 1 << 2 : 0; // 19 November, 4th of July
            }
            return mask;
        }

        /** Whether one of {@code separators} is at {@code at} with a digit after it. */
        private boolean digitAfter(int at, String separators) {
            return at + 1 < text.length() && separators.indexOf(text.charAt(at)) >= 0 && isDigit(text.charAt(at + 1));
        }

        private boolean isYearMark(int at) {
            return at < text.length() && (text.charAt(at) == '年' || text.charAt(at) == '년');
        }

        /** Whether the char at {@code at} is one the patterns' {@code \s} matches (ASCII white space). */
        private boolean isSpace(int at) {
            return at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0;
        }

        /**
         * The name patterns that may match at {@code pos}: a month form starts there, followed by what the pattern
         * needs before its number ("Nov. 19": an optional ".", at most two spaces and a digit; "November, 2019": an
         * optional "." and ",", one or two spaces and four digits). Most capitalized words that begin like a month
         * ("Mark", "Sunday", "Decision") fail here, before a regex is tried.
         */
        private int nameMask(int pos) {
            int mask = 0;
            for (String form : formsWithHead(pos)) {
                if (text.startsWith(form, pos)) {
                    int i = pos + form.length();
                    i += i < text.length() && text.charAt(i) == '.' ? 1 : 0;
                    mask |= digitAfterSpaces(i, 0) ? 1 << 1 : 0;
                    i += i < text.length() && text.charAt(i) == ',' ? 1 : 0;
                    mask |= isSpace(i) && digitAfterSpaces(i, 4) ? 1 << 3 : 0;
                }
            }
            return mask;
        }

        /** Whether at most two spaces from {@code at} are followed by a digit ({@code digits} of them, if more). */
        private boolean digitAfterSpaces(int at, int digits) {
            int i = at + (isSpace(at) ? isSpace(at + 1) ? 2 : 1 : 0);
            int end = i + Math.max(digits, 1);
            if (end > text.length()) {
                return false;
            }
            for (int k = i; k < end; k++) {
                if (!isDigit(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the letter at {@code pos} goes on an ASCII word, so that the name patterns' opening word boundary
         * fails there (on every Java version: both chars are word chars whether the boundary reads Unicode or
         * ASCII word chars).
         */
        private boolean inWord(int pos, int from) {
            return pos > from && isAsciiWordChar(text.charAt(pos - 1)) && isAsciiWordChar(text.charAt(pos));
        }

        private static boolean isAsciiWordChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }

        /** Whether a month form starts in {@code [from, to]}. */
        private boolean monthWithin(int from, int to) {
            for (int i = from; i <= to && i + 1 < text.length(); i++) {
                if (MONTH_FIRST.indexOf(text.charAt(i)) >= 0 && monthAt(i)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a month form starts at {@code pos} (which has a char after it). */
        private boolean monthAt(int pos) {
            for (String form : formsWithHead(pos)) {
                if (text.startsWith(form, pos)) {
                    return true;
                }
            }
            return false;
        }

        /** The month forms that begin with the two chars at {@code pos}. */
        private List<String> formsWithHead(int pos) {
            return FORMS_BY_HEAD.getOrDefault(head(text.charAt(pos), text.charAt(pos + 1)), List.of());
        }

        /**
         * Pattern {@code p} matched at {@code pos} as in the text from {@code from} on, or null. The patterns look
         * back one code point at most (a lookbehind, a word boundary), and a word boundary after a combining mark
         * looks back to its base letter: close to {@code from}, the rest of the text is matched on its own.
         */
        private @Nullable Hit at(int p, int from, int pos) {
            if (from > 0
                    && (pos - from < 2 || Character.getType(text.codePointBefore(pos)) == Character.NON_SPACING_MARK)) {
                Matcher m = PATTERNS.get(p).matcher(text.substring(from)).useTransparentBounds(true);
                m.region(pos - from, text.length() - from);
                return m.lookingAt() ? new Hit(m.start() + from, m.end() + from, toIso(m, p)) : null;
            }
            Matcher m = matchers[p];
            if (m == null) {
                m = PATTERNS.get(p).matcher(text).useTransparentBounds(true);
                matchers[p] = m;
            }
            m.region(pos, text.length());
            return m.lookingAt() ? new Hit(m.start(), m.end(), toIso(m, p)) : null;
        }
    }

    /**
     * {@link Search#first} the plain way, each pattern's {@link Matcher#find} loop over the rest of the text: the
     * reference the search's shortcuts are tested against.
     */
    static @Nullable Match plainFirst(String text, int from) {
        String rest = text.substring(from);
        Match best = null;
        for (int p = 0; p < PATTERNS.size(); p++) {
            Matcher m = PATTERNS.get(p).matcher(rest);
            while (m.find()) {
                String iso = toIso(m, p);
                if (iso != null) {
                    if (best == null
                            || m.start() + from < best.start()
                            || (m.start() + from == best.start() && m.end() + from > best.end())) {
                        best = new Match(m.start() + from, m.end() + from, iso);
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** A pattern's match: its ISO form, or null when it names no day that exists. */
    private record Hit(int start, int end, @Nullable String iso) {}

    private static boolean isDigit(char c) {
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
        int n = text.length();
        for (int i = YEAR_DIGITS - 1; i < n; i += YEAR_DIGITS) {
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

    private static boolean isYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Where the first digit of {@code text} is, or -1. */
    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String toIso(Matcher m, int pattern) {
        String year = group(m, "y");
        int y = year == null ? 0 : Integer.parseInt(year);
        if (year != null && (y < MIN_YEAR || y > MAX_YEAR)) {
            return null;
        }
        int month;
        int day;
        switch (pattern) {
            case 0, 5 -> {
                month = Integer.parseInt(m.group("m"));
                day = Integer.parseInt(m.group("d"));
            }
            case 1, 2 -> {
                month = monthNumber(m.group("mn"));
                day = Integer.parseInt(m.group("d"));
            }
            case 3 -> {
                month = monthNumber(m.group("mn"));
                return month == 0
                        ? null
                        : pad(pad(new StringBuilder(7), y, 4).append('-'), month, 2)
                                .toString();
            }
            default -> {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                boolean dayFirst = m.group("sep").equals(".") || a > 12;
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
            }
        }
        return isoDay(year == null ? null : y, month, day);
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
    private static StringBuilder pad(StringBuilder sb, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    private static @Nullable String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // this pattern has no such group
        }
    }

    /** 1..12 for a month name or abbreviation in any listed language, 0 if unknown. */
    public static int monthNumber(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> months = new HashMap<>();
        for (String line : Resources.lines("/dev/corpus/nlp/months.txt")) {
            String[] parts = line.split("\\s+");
            int number = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                months.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), number);
            }
        }
        return Map.copyOf(months);
    }

    /**
     * Capitalized and upper-case forms; lower case too (French, Spanish, Italian write months so) unless the
     * name is also a common English word or is short (a few short ones, "mai", are kept). Written as a trie ("(?:J(?:an(?:uary)?|...)") rather than a list of
     * names: the regex engine then tests one letter per branch at each position instead of every name, and
     * date search was most of the pipeline's time. Every name that matches at a position is a prefix of the
     * same text, so greedy optional endings still try the longest name first ("September" before "Sep"), as
     * the list sorted by length did.
     */
    private static String monthAlternation() {
        java.util.TreeSet<String> names = monthForms();
        StringBuilder first = new StringBuilder();
        names.stream().map(n -> n.substring(0, 1)).distinct().forEach(c -> first.append(escape(c.charAt(0))));
        // the lookahead rejects most positions with one class test before the trie is tried
        return "(?=[" + first + "])" + trie(List.copyOf(names), 0);
    }

    /** Every form {@link #monthAlternation} matches. */
    private static java.util.TreeSet<String> monthForms() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (String name : MONTHS.keySet()) {
            names.add(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
            names.add(name.toUpperCase(Locale.ROOT));
            if (name.length() >= 4 && !LOWER_CASE_WORDS.contains(name) || SHORT_LOWER_CASE.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String monthFirstLetters() {
        StringBuilder first = new StringBuilder();
        monthForms().stream().map(n -> n.charAt(0)).distinct().forEach(first::append);
        return first.toString();
    }

    private static Map<Integer, List<String>> formsByHead() {
        Map<Integer, List<String>> byHead = new HashMap<>();
        for (String form : monthForms()) {
            if (form.length() >= 2) {
                byHead.computeIfAbsent(head(form.charAt(0), form.charAt(1)), h -> new ArrayList<>())
                        .add(form);
            }
        }
        Map<Integer, List<String>> frozen = new HashMap<>();
        byHead.forEach((h, forms) -> frozen.put(h, List.copyOf(forms)));
        return Map.copyOf(frozen);
    }

    private static int head(char first, char second) {
        return first << 16 | second;
    }

    private static int longestMonth() {
        return monthForms().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The regex matching exactly {@code names} (sorted, sharing their first {@code depth} chars), longest first. */
    private static String trie(List<String> names, int depth) {
        boolean endsHere = false;
        List<String> branches = new ArrayList<>();
        int i = 0;
        while (i < names.size()) {
            String name = names.get(i);
            if (name.length() == depth) {
                endsHere = true;
                i++;
                continue;
            }
            char c = name.charAt(depth);
            int j = i;
            while (j < names.size()
                    && names.get(j).length() > depth
                    && names.get(j).charAt(depth) == c) {
                j++;
            }
            branches.add(escape(c) + trie(names.subList(i, j), depth + 1));
            i = j;
        }
        if (branches.isEmpty()) {
            return "";
        }
        String alternation =
                branches.size() == 1 && !endsHere ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        return endsHere ? "(?:" + alternation + ")?" : alternation;
    }

    private static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
