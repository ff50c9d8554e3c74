package dev.corpus.util;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code String.split} for the two separators the per-element and per-block hot paths use, without
 * compiling and running a regex each call (a profile of HTML loading showed these splits near the top).
 * Same results as the regex: a leading empty piece when the text starts with a separator, no trailing ones.
 */
public final class Split {
    private Split() {}

    /** As {@code text.split("\\s+")}: runs of space, tab, newline, vertical tab, form feed, carriage return. */
    public static List<String> onWhitespace(String text) {
        return split(text, true);
    }

    /** As {@code text.split("[-_]+")}. */
    public static List<String> onDashes(String text) {
        return split(text, false);
    }

    private static List<String> split(String text, boolean whitespace) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isSeparator(text.charAt(i), whitespace)) {
                i++;
                continue;
            }
            int end = i;
            while (i < n && isSeparator(text.charAt(i), whitespace)) {
                i++;
            }
            out.add(text.substring(start, end));
            start = i;
        }
        out.add(text.substring(start));
        // String.split drops trailing empty pieces, and gives [""] for ""
        int last = out.size();
        while (last > 1 && out.get(last - 1).isEmpty()) {
            last--;
        }
        if (last == 1 && out.get(0).isEmpty() && n > 0) {
            return List.of(); // only separators: split gives an empty array
        }
        return out.subList(0, last);
    }

    private static boolean isSeparator(char c, boolean whitespace) {
        return whitespace ? isWhitespace(c) : c == '-' || c == '_';
    }

    /** The chars {@link #onWhitespace} splits at: those of the regex {@code \s}. */
    public static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
