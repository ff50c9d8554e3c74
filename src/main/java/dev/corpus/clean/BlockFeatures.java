package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.Words;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the classifier knows about one block, computed from its text and what the markup says.
 *
 * @param stopwordRatio share of function words of the page's language: prose is dense in them, menus are
 *     not
 * @param capitalizedRatio share of words after the first that start upper-case: headline lists are title
 *     case
 * @param endsSentence ends with sentence punctuation (possibly inside closing quotes)
 * @param bullet starts with a bullet mark or is a bare list number
 * @param counter only digits, or a counter word with digits ("Comments0", "300", "1.2k views")
 * @param contact an e-mail address or a URL is most of the block
 * @param furniture the reason from the furniture-phrase list, or null
 * @param repeats how many blocks of the page have the same text
 * @param linkDensity share of the block's chars inside links (HTML)
 * @param teaser a cut-off summary of another article
 * @param filesWith in how many files of the run this block's text occurs (0 without corpus learning)
 * @param corpusFiles how many files the run's corpus profile was built from
 */
record BlockFeatures(
        int words,
        int chars,
        double stopwordRatio,
        double capitalizedRatio,
        boolean endsSentence,
        boolean bullet,
        boolean counter,
        boolean contact,
        @Nullable String furniture,
        int repeats,
        double linkDensity,
        boolean inArticle,
        boolean inChrome,
        boolean heading,
        boolean teaser,
        int filesWith,
        int corpusFiles,
        boolean tableRow) {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S{1,2000}");
    static final Pattern COUNTER = Pattern.compile(
            "(?i)[\\p{L} ]{0,20}?\\s?[\\d.,]{1,12}\\s?[km]?(?:\\s?(?:views?|comments?|likes?|shares?|reads?))?");
    /** The ASCII chars some part of {@link #COUNTER} matches. */
    private static final boolean[] COUNTER_ASCII = counterAscii();

    private static final int MIN_GLUED_HEADLINE = 12;
    private static final int MAX_GLUED_HEADLINE = 160;
    private static final CharSet BULLETS = CharSet.of("•·▪◦‣∙*–—-►▸»");
    /** What may close a sentence after its punctuation: quotes and brackets. */
    private static final CharSet CLOSERS = CharSet.of("\"'”’»)]」』）");

    private static final CharSet SENTENCE_ENDS = CharSet.of(".!?…:;。！？．");
    /** The last char of every ending {@link #cutOff} knows. */
    private static final CharSet CUT_OFF_LAST = CharSet.of("]…eng");
    /** The chars of an {@link #EMAIL} match but ASCII letters and digits. */
    private static final CharSet ADDRESS_MARKS = CharSet.of("_.+-@");

    /**
     * @param words the block's words, found once by the cleaner
     * @param keys the page's {@link Boilerplate#key}s, made once by the cleaner; the block's is {@code index}
     * @param languageBit the {@link Stopwords#bit} of the page's language, found once by the cleaner
     * @param containers the page's container reasons, each hint's found once
     */
    static BlockFeatures of(
            Block block,
            BlockWords words,
            BlockKeys keys,
            int index,
            int languageBit,
            int corpusFiles,
            ContainerReasons containers) {
        String text = block.text();
        int count = words.count();
        int capitalized = words.capitalizedAfterFirst(languageBit);
        int stopwords = words.stopwords(languageBit);
        double capRatio =
                count <= 1 ? (count == 1 && words.capitalized(0) ? 1 : 0) : capitalized / (double) (count - 1);
        int linkChars = block.hints().linkChars();
        boolean endsSentence = endsSentence(text);
        return new BlockFeatures(
                count,
                text.length(),
                // as Stopwords.ratio
                count == 0 ? 0 : stopwords / (double) count,
                capRatio,
                endsSentence,
                isBullet(text, words),
                isCounter(text, words.chars()),
                isContact(text, words),
                furniture(
                        text,
                        keys,
                        index,
                        endsSentence,
                        containers,
                        block.hints().containerHint()),
                keys.repeats(index),
                text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length()),
                block.hints().inArticle(),
                block.hints().inChrome(),
                block.hints().headingLevel() > 0,
                isTeaser(text, words),
                keys.filesWith(index),
                corpusFiles,
                block.kind() == dev.corpus.load.BlockKind.TABLE_ROW);
    }

    /** The reason by the block's text, or else its container's (looked up only then). */
    private static @Nullable String furniture(
            String text,
            BlockKeys keys,
            int index,
            boolean endsSentence,
            ContainerReasons containers,
            String containerHint) {
        String byText = Boilerplate.reason(text, keys.key(index), keys.hash(index), keys.words(index), endsSentence);
        return byText != null ? byText : containers.of(containerHint);
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.contains(text.charAt(i))) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.contains(text.charAt(i));
    }

    /**
     * A summary of another article: cut off ("… the council said […]", "Read more"), or glued to its
     * headline by a page that drops the break between them ("Ferry Stays In ServiceThe council voted ...").
     *
     * @param words the text's words
     */
    static boolean isTeaser(String text, BlockWords words) {
        if (words.count() >= 80) {
            return false;
        }
        char[] chars = words.chars();
        // the stripped text is text[from, to): no whitespace char is a surrogate, so chars will do
        int from = leadingSpace(chars);
        int to = chars.length;
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        // the scan for a glued headline last, and only after a title-case opening: the tests before are cheaper
        return cutOff(text, from, to) || (titleCaseOpening(words) && gluedHeadline(text, chars, from, to));
    }

    /**
     * Whether the text may open with a glued headline, as far as its first words tell: the headline's words
     * (the text's words before the join, and the part of the word the join is in) are four or more, so the
     * first three are the text's own, and each of them with four or more letters must be capitalized. Most
     * paragraphs fail this, and need no scan for a join.
     */
    private static boolean titleCaseOpening(BlockWords words) {
        if (words.count() < 4) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (words.length(k) >= 4 && !words.capitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the stripped text {@code text[from, to)} ends as a cut-off summary does. */
    private static boolean cutOff(String text, int from, int to) {
        // every ending's last char is one of these: most blocks end otherwise, and need no ending compared
        if (to == from || !CUT_OFF_LAST.contains(text.charAt(to - 1))) {
            return false;
        }
        return endsWith(text, from, to, "[…]")
                || endsWith(text, from, to, "[...]")
                || (endsWith(text, from, to, "…") && !endsWith(text, from, to, "……"))
                || endsWith(text, from, to, "Read more")
                || endsWith(text, from, to, "Continue reading")
                || endsWith(text, from, to, "Weiterlesen");
    }

    /** {@code text.substring(from, to).endsWith(suffix)}, without the substring. */
    private static boolean endsWith(String text, int from, int to, String suffix) {
        return to - from >= suffix.length() && text.startsWith(suffix, to - suffix.length());
    }

    /** Where {@link String#strip} starts the text: no whitespace char is a surrogate, so chars will do. */
    private static int leadingSpace(char[] chars) {
        int i = 0;
        while (i < chars.length && Character.isWhitespace(chars[i])) {
            i++;
        }
        return i;
    }

    /**
     * A title-case headline run into the sentence after it without a space or a stop ("... In Northern
     * MichiganMichigan officials said"). The word before the join must end in three lower-case letters, so
     * that names such as "McPherson" are no join.
     *
     * @param chars the text's chars; the stripped text is {@code text[from, to)}
     */
    private static boolean gluedHeadline(String text, char[] chars, int from, int to) {
        int limit = Math.min(to - from - 1, MAX_GLUED_HEADLINE);
        for (int k = MIN_GLUED_HEADLINE; k < limit; k++) {
            // the stripped text's char k is chars[from + k], read from the array: the test runs at every char of
            // most blocks
            int at = from + k;
            if (!LetterCase.upper(chars[at])
                    || !(LetterCase.lower(chars[at + 1]) || chars[at + 1] == ' ')
                    || !(endsWord(chars, at) || chars[at - 1] == '?' || chars[at - 1] == '!')) {
                continue;
            }
            List<String> head = Words.of(text.substring(from, at));
            long titleCase = head.stream()
                    .filter(w -> w.length() >= 4)
                    .filter(w -> !Words.isCapitalized(w))
                    .count();
            return head.size() >= 4 && titleCase == 0;
        }
        return false;
    }

    private static boolean endsWord(char[] chars, int at) {
        return LetterCase.lower(chars[at - 1]) && LetterCase.lower(chars[at - 2]) && LetterCase.lower(chars[at - 3]);
    }

    private static boolean isBullet(String text, BlockWords words) {
        if (text.isEmpty()) {
            return false;
        }
        boolean mark = BULLETS.contains(text.charAt(0)) && (text.length() == 1 || text.charAt(1) == ' ');
        boolean bareNumber = words.count() == 1 && words.allDigits(0) && text.length() <= 4;
        return mark || bareNumber;
    }

    /** A short line that {@link #COUNTER} matches; {@code chars} are the text's. */
    static boolean isCounter(String text, char[] chars) {
        // the chars first: most short lines have no digit or a char the pattern has not, and it is slow
        return text.length() <= 40
                && counterChars(chars)
                && counterShape(chars)
                && COUNTER.matcher(text).matches();
    }

    /**
     * Whether the number may stand where {@link #COUNTER} has it, in a text of the chars it allows: its digits,
     * dots and commas are one run (the letters before it and the unit and word after have none), which starts
     * within the first 21 code points (20 letters or spaces and a space), is at most 12 long, and is followed
     * by at most 11 chars (a space, "k", a space, "comments"). Most short lines with a number fail this ("May
     * 3, 2019", "Top 10 stories of the week"), and need not be matched.
     */
    private static boolean counterShape(char[] chars) {
        int start = 0;
        while (start < chars.length && !numberChar(chars[start])) {
            start++;
        }
        int end = start;
        while (end < chars.length && numberChar(chars[end])) {
            end++;
        }
        for (int i = end; i < chars.length; i++) {
            if (numberChar(chars[i])) {
                return false;
            }
        }
        return end - start <= 12
                && chars.length - end <= 11
                && (start <= 21 || Character.codePointCount(chars, 0, start) <= 21);
    }

    /** A char of the number in {@link #COUNTER}: an ASCII digit (its {@code \d}), a dot or a comma. */
    private static boolean numberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',';
    }

    /**
     * Whether {@link #COUNTER} may match: no char that none of its parts matches (a letter, whitespace, an ASCII
     * digit, a dot or comma; a surrogate may be half a letter), and an ASCII digit. Most short lines with a
     * digit hold some other char ("10:45", "(3)", "$5"), and the pattern is slow. Any other digit is no such
     * char, so the plain test for a digit of any script comes to the test for an ASCII one here.
     */
    private static boolean counterChars(char[] chars) {
        boolean digit = false;
        for (char c : chars) {
            if (c >= 0x80) {
                if (!Character.isLetter(c) && !Character.isSurrogate(c)) {
                    return false;
                }
            } else if (!COUNTER_ASCII[c]) {
                return false;
            } else {
                digit |= c >= '0' && c <= '9';
            }
        }
        return digit;
    }

    private static boolean[] counterAscii() {
        boolean[] ascii = new boolean[0x80];
        for (char c = 0; c < 0x80; c++) {
            ascii[c] = Character.isLetterOrDigit(c) || " \t\n\u000B\f\r.,".indexOf(c) >= 0;
        }
        return ascii;
    }

    /**
     * Whether some '@' stands in a run of the chars an {@link #EMAIL} match is made of at least half the text
     * long: a match lies inside such a run, so without one the pattern need not search the text.
     */
    private static boolean halfAddressRun(String text) {
        int n = text.length();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && addressChar(text.charAt(from - 1))) {
                from--;
            }
            int to = at + 1;
            while (to < n && addressChar(text.charAt(to))) {
                to++;
            }
            if ((to - from) * 2 >= n) {
                return true;
            }
        }
        return false;
    }

    /** A char of {@link #EMAIL}: an ASCII word char, '.', '+', '-' or the '@'. */
    private static boolean addressChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ADDRESS_MARKS.contains(c);
    }

    /** An {@link #EMAIL} or {@link #URL} match at least half the text long; {@code words} are the text's. */
    static boolean isContact(String text, BlockWords words) {
        // the cheap tests first: the regexes try every position of every block otherwise
        if (!words.contactRun()) {
            return false;
        }
        if (text.indexOf('@') >= 0 && halfAddressRun(text)) {
            var email = EMAIL.matcher(text);
            if (email.find() && email.group().length() * 2 >= text.length()) {
                return true;
            }
        }
        if (!text.contains("http") && !text.contains("www.")) {
            return false;
        }
        var url = URL.matcher(text);
        return url.find() && url.group().length() * 2 >= text.length();
    }

    /**
     * Whether a run of chars without whitespace (as the patterns' {@code \s}) is at least half the text long
     * and holds an '@', a ':' or a '.': an {@link #EMAIL} match has no whitespace and an '@', a {@link #URL}
     * match none and the ':' of "http://" or the '.' of "www.", so a contact lies in such a run. A run that
     * long holds char {@code (n - 1) / 2} or char {@code n / 2} of the text, so only the run through those two
     * is read: in prose, the middle word's few chars, where a search for the patterns' marks reads the whole
     * text, three times; a one-word line has no mark.
     */
    static boolean contactRun(char[] chars) {
        int n = chars.length;
        if (n == 0) {
            return false;
        }
        int at = (n - 1) / 2;
        if (whitespace(chars[at])) {
            // the run through char n / 2, when that is the next char; none when it is the same char
            at = n / 2;
            if (at == (n - 1) / 2 || whitespace(chars[at])) {
                return false;
            }
        }
        int from = at;
        while (from > 0 && !whitespace(chars[from - 1])) {
            from--;
        }
        int to = at + 1;
        while (to < n && !whitespace(chars[to])) {
            to++;
        }
        if ((to - from) * 2 < n) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '@' || c == ':' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /** A char of the patterns' {@code \s}: ASCII whitespace only, as the patterns have no Unicode flag. */
    private static boolean whitespace(char c) {
        return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'));
    }
}
