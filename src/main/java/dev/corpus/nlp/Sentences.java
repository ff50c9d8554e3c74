package dev.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a token list into sentences at ".", "!" and "?" followed by a capitalized word, a digit or a
 * quotation mark, except after abbreviations ("Dr.", "Gen.", "Jan.") and initials ("J. R. Smith"). A dotted
 * abbreviation ("U.S.") ends a sentence only when the next word is a capitalized function word ("The").
 * A run of more than {@link #MAX_TOKENS} tokens without such an end is cut there, so that the per-sentence
 * work of the later stages (often quadratic in the sentence's length) stays bounded on a page of one endless
 * line.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr",
            "co", "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "rev", "adm", "maj", "cmdr", "pres", "ave", "dept", "est", "approx", "fig",
            "e.g", "i.e", "etc");

    /** Far above a real sentence (a long one has 60-80 tokens); lists and tables without periods reach it. */
    public static final int MAX_TOKENS = 250;

    private Sentences() {}

    /** The sentences as {@code [from, to)} index ranges into {@code tokens}. */
    public static List<int[]> split(List<Token> tokens) {
        int[] mayEnd = new int[tokens.size()];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (mayEnd(tokens.get(i).text())) {
                mayEnd[count++] = i;
            }
        }
        return split(tokens, mayEnd, count);
    }

    /**
     * As {@link #split(List)}, told which tokens {@link #mayEnd} a sentence: the first {@code count} of
     * {@code mayEnd}, ascending. The tokenizer notes them as it makes the tokens, so that the others (most) are
     * not read again.
     */
    static List<int[]> split(List<Token> tokens, int[] mayEnd, int count) {
        List<int[]> out = new ArrayList<>();
        int n = tokens.size();
        int from = 0;
        int next = 0; // the first token not yet read
        for (int c = 0; c < count; c++) {
            int i = mayEnd[c];
            if (i < next) {
                continue;
            }
            from = cut(out, from, i);
            int j = end(tokens, i);
            if (j < 0) {
                next = i + 1;
                continue;
            }
            out.add(new int[] {from, j});
            from = j;
            next = j;
        }
        from = cut(out, from, n - 1);
        if (from < n) {
            out.add(new int[] {from, n});
        }
        return out;
    }

    /**
     * Cuts the run from {@code from} into sentences of {@link #MAX_TOKENS} while token i lies that far on;
     * returns where the sentence that holds token i starts.
     */
    private static int cut(List<int[]> out, int from, int i) {
        int start = from;
        while (i - start >= MAX_TOKENS) {
            out.add(new int[] {start, start + MAX_TOKENS});
            start += MAX_TOKENS;
        }
        return start;
    }

    /**
     * Where the sentence ends whose end mark may be token i (after the closing quotes and brackets that follow
     * it), or -1 when it does not end there.
     */
    private static int end(List<Token> tokens, int i) {
        int n = tokens.size();
        String t = tokens.get(i).text();
        boolean end = false;
        if (t.equals("!") || t.equals("?")) {
            end = true;
        } else if (t.equals(".")) {
            end = !(i > 0 && isAbbreviation(tokens.get(i - 1)));
        } else if (t.endsWith(".") && t.length() > 2) {
            end = i + 1 < n
                    && tokens.get(i + 1).isCapitalized()
                    && Stopwords.isStopword(tokens.get(i + 1).text(), "en");
        }
        if (!end) {
            return -1;
        }
        int j = i + 1;
        while (j < n && isCloser(tokens.get(j).text())) {
            j++;
        }
        return j < n && !startsSentence(tokens.get(j)) ? -1 : j;
    }

    /** Whether the token may end a sentence: "!", "?", or a text ending in ".", all told by its last char. */
    static boolean mayEnd(String t) {
        if (t.isEmpty()) {
            return false;
        }
        return isEndMark(t.charAt(t.length() - 1));
    }

    /** Whether a token that ends in {@code last} {@link #mayEnd} a sentence. */
    static boolean isEndMark(char last) {
        return last == '.' || last == '!' || last == '?';
    }

    private static boolean isAbbreviation(Token previous) {
        String w = previous.text();
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial
        }
        return ABBREVIATIONS.contains(previous.lower()); // the token's lower case, made once
    }

    private static boolean isCloser(String t) {
        return t.equals("\"") || t.equals("\u201d") || t.equals("\u2019") || t.equals("'") || t.equals(")");
    }

    private static boolean startsSentence(Token next) {
        int c = next.text().codePointAt(0);
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || "\"\u201c\u2018'(".indexOf(c) >= 0
                || !Character.isLetter(c);
    }
}
