package dev.corpus.nlp;

import static dev.corpus.nlp.DateParser.isDigit;

import java.util.Arrays;

/**
 * Where in a text a date pattern may start, ascending: a run of digits, or a month form with its number close
 * after (a name is looked for only close before a digit). Most such places fit no pattern, and a few char tests
 * tell, once for all patterns, which patterns are worth trying there: a regex is tried only where one is.
 */
final class DateStarts {
    /** What {@link #afterName} allows between a month form and its number at most: ".", "," and two spaces. */
    private static final int NAME_GAP = 4;
    /**
     * How far after a month name's first letter the digit of its day or year can be at most: the longest name,
     * then ".", "," and two spaces ("Nov., 2019" says "2019" is one char after that).
     */
    private static final int NAME_TO_DIGIT = MonthNames.longest() + NAME_GAP;
    /** How far after a day's number a month name can start: "st", ".", two spaces and "of " ("4th. of July"). */
    private static final int DAY_TO_NAME = 2 + 1 + 2 + 3;

    private final String text;
    private int[] positions = new int[8];
    /** For each of {@link #positions}, bit {@code p} set when pattern {@code p} may match there. */
    private int[] masks = new int[8];

    private int count;

    /** The starts in {@code text}, whose first digit is at {@code firstDigit}. */
    DateStarts(String text, int firstDigit) {
        this.text = text;
        int scanned = 0; // where no name has been looked for yet
        for (int i = firstDigit; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                int end = runEnd(i);
                addNames(Math.max(scanned, i - NAME_TO_DIGIT), i);
                add(i, runMask(i, end));
                scanned = end;
                i = end;
            }
        }
    }

    int count() {
        return count;
    }

    /** Where start {@code i} is in the text. */
    int position(int i) {
        return positions[i];
    }

    /** Whether pattern {@code pattern} may match at start {@code i}. */
    boolean allows(int i, int pattern) {
        return (masks[i] & 1 << pattern) != 0;
    }

    /** The first start at or after {@code pos}. */
    int indexFrom(int pos) {
        int k = Arrays.binarySearch(positions, 0, count, pos);
        return k >= 0 ? k : -k - 1;
    }

    private int runEnd(int digit) {
        int end = digit + 1;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Adds the places in {@code [from, to)} (no digits; the digit at {@code to}) where a month form starts with
     * its number after. What {@link #afterName} allows between a form and its number is at most {@link
     * #NAME_GAP} of ".", "," and spaces, so a form can only end from where those chars before the digit begin:
     * only the places a form of some length may end there are looked up, and only such forms compared (the
     * look-ups and compares at every letter were most of this search's time).
     */
    private void addNames(int from, int to) {
        int gapStart = to;
        while (gapStart > Math.max(from, to - NAME_GAP) && isGapChar(text.charAt(gapStart - 1))) {
            gapStart--;
        }
        int last = to - MonthNames.shortest();
        for (int i = Math.max(from, gapStart - MonthNames.longest()); i <= last; i++) {
            if (MonthNames.isFirstLetter(text.charAt(i))) {
                add(i, nameMask(i, gapStart, to));
            }
        }
    }

    /** Whether {@link #afterName} may read {@code c} between a month form and its number. */
    private static boolean isGapChar(char c) {
        return c == '.' || c == ',' || " \t\n\u000B\f\r".indexOf(c) >= 0;
    }

    private void add(int pos, int mask) {
        if (mask == 0) {
            return;
        }
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count * 2);
            masks = Arrays.copyOf(masks, count * 2);
        }
        positions[count] = pos;
        masks[count++] = mask;
    }

    /**
     * The patterns that may match at the run of digits {@code [pos, end)}, from its length and the chars after
     * it: most numbers are no day, and a few char tests reject them before a regex is tried.
     */
    private int runMask(int pos, int end) {
        int length = end - pos;
        int mask = 0;
        if (length == 4) {
            mask |= digitAfter(end, "-/.") ? 1 << DatePatterns.YEAR_MONTH_DAY : 0; // 2019-11-19
            mask |= isYearMark(end) || isSpace(end) && isYearMark(end + 1) ? 1 << DatePatterns.EAST_ASIAN : 0;
        } else if (length <= 2) {
            mask |= digitAfter(end, "./") ? 1 << DatePatterns.NUMERIC : 0; // 19.11.2019
            mask |= monthWithin(end, end + DAY_TO_NAME) ? 1 << DatePatterns.DAY_MONTH : 0; // 19 November
        }
        return mask;
    }

    /**
     * The name patterns that may match at {@code pos}: a month form starts there, followed by what the pattern
     * needs before its number ("Nov. 19": an optional ".", at most two spaces and a digit; "November, 2019": an
     * optional "." and ",", one or two spaces and four digits). Most capitalized words that begin like a month
     * ("Mark", "Sunday", "Decision") fail here, before a regex is tried. The number is the run of digits at
     * {@code digit}, the first after {@code pos}; only forms that end in {@code [gapStart, digit]} can be
     * followed by it.
     */
    private int nameMask(int pos, int gapStart, int digit) {
        int mask = 0;
        for (String form : formsAt(pos)) {
            int end = pos + form.length();
            if (end >= gapStart && end <= digit && text.startsWith(form, pos)) {
                mask |= afterName(end);
            }
        }
        return mask;
    }

    /** The name patterns whose number may follow a month form that ends at {@code at}. */
    private int afterName(int at) {
        int i = at + (at < text.length() && text.charAt(at) == '.' ? 1 : 0);
        int mask = digitAfterSpaces(i, 0) ? 1 << DatePatterns.MONTH_DAY : 0;
        i += i < text.length() && text.charAt(i) == ',' ? 1 : 0;
        return mask | (isSpace(i) && digitAfterSpaces(i, 4) ? 1 << DatePatterns.MONTH_YEAR : 0);
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

    /** Whether a month form starts in {@code [from, to]}. */
    private boolean monthWithin(int from, int to) {
        for (int i = from; i <= to && i + 1 < text.length(); i++) {
            if (MonthNames.isFirstLetter(text.charAt(i)) && monthAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a month form starts at {@code pos} (which has a char after it). */
    private boolean monthAt(int pos) {
        for (String form : formsAt(pos)) {
            if (text.startsWith(form, pos)) {
                return true;
            }
        }
        return false;
    }

    /** The month forms that begin with the two chars at {@code pos}. */
    private String[] formsAt(int pos) {
        return MonthNames.withHead(text.charAt(pos), text.charAt(pos + 1));
    }
}
