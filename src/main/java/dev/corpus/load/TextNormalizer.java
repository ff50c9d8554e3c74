package dev.corpus.load;

/**
 * Normalizes a slice of the decoded source for analysis while recording where each kept char came from:
 * NBSP and other odd spaces become ' ', zero-width, bidi and control chars are removed, whitespace runs
 * collapse to one space, and the result is trimmed. Surrogate pairs are never split.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** The normalized text of {@code source[start, end)} and its map back to source char indexes. */
    public static Normalized normalize(CharSequence source, int start, int end) {
        char[] slice = new char[end - start];
        for (int i = start; i < end; i++) {
            slice[i - start] = source.charAt(i);
        }
        if (unchanged(slice, 0, slice.length)) {
            return unchangedSlice(source, start, end);
        }
        return collapsed(slice, 0, slice.length, start);
    }

    /**
     * As {@link #normalize(CharSequence, int, int)}, for a caller that has the source's chars as an array:
     * {@code chars} begins with them, and are read as they are, not through {@link CharSequence#charAt}.
     */
    static Normalized normalize(String source, char[] chars, int start, int end) {
        if (unchanged(chars, start, end)) {
            return unchangedSlice(source, start, end);
        }
        return collapsed(chars, start, end, 0);
    }

    /**
     * The normalized {@code chars[start, end)}, for a caller that found it is not {@link #unchanged} (as the
     * line scan of {@link TextBlocks} does): {@code chars} begins with the source's chars.
     */
    static Normalized collapsed(char[] chars, int start, int end) {
        return collapsed(chars, start, end, 0);
    }

    /** The normalized {@code chars[start, end)}, whose char i is source char {@code i + shift}. */
    private static Normalized collapsed(char[] chars, int start, int end, int shift) {
        int[] rawIndex = new int[end - start];
        String text = collapse(chars, start, end, rawIndex);
        int len = text.length();
        int[] map = new int[len + 1];
        for (int k = 0; k < len; k++) {
            map[k] = rawIndex[k] + shift;
        }
        map[len] = (len == 0 ? start : rawIndex[len - 1] + 1) + shift;
        return new Normalized(text, OffsetMap.owning(map), 0);
    }

    /**
     * The normalized text of a slice the caller found {@link #unchanged}: the slice itself, mapped one to one,
     * as most lines of a copied page are.
     */
    static Normalized unchangedSlice(CharSequence source, int start, int end) {
        String text = source.subSequence(start, end).toString();
        return new Normalized(text, OffsetMap.identity(start, text.length()), 0);
    }

    /**
     * Whether {@link #collapse} would return {@code s[start, end)} as it is: no char to remove or replace, no
     * space at either end, no two spaces in a row.
     */
    public static boolean unchanged(char[] s, int start, int end) {
        if (start >= end || s[start] == ' ' || s[end - 1] == ' ') {
            return false;
        }
        boolean afterSpace = false;
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isPlain(c)) {
                afterSpace = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Neither a space nor a removed char; the test for printable ASCII first, as most text is. */
    static boolean isPlain(char c) {
        return (c > ' ' && c < 0x7F) || (c >= 0xA0 && !isSpace(c) && !isRemoved(c));
    }

    /**
     * Normalizes text assembled from pieces of a source (the HTML path), {@code raw[0, rawLength)}: raw char
     * {@code i} came from {@code source[srcStart[i], srcEnd[i])}. Source indexes are clamped so the map never
     * decreases, since a parser may move text around. {@code flagged} marks raw chars to count (link text).
     */
    public static Normalized normalizeMapped(
            char[] raw, int rawLength, int[] srcStart, int[] srcEnd, boolean[] flagged, int emptyAt) {
        int[] rawIndex = new int[rawLength];
        String text = collapse(raw, 0, rawLength, rawIndex);
        int len = text.length();
        int[] map = new int[len + 1];
        int flaggedChars = 0;
        int last = len == 0 ? emptyAt : srcStart[rawIndex[0]];
        for (int i = 0; i < len; i++) {
            int r = rawIndex[i];
            last = Math.max(last, srcStart[r]);
            map[i] = last;
            flaggedChars += flagged[r] ? 1 : 0;
        }
        map[len] = len == 0 ? emptyAt : Math.max(last, srcEnd[rawIndex[len - 1]]);
        return new Normalized(text, OffsetMap.owning(map), flaggedChars);
    }

    /** Collapses {@code s[start, end)}; {@code rawIndex[k]} receives the index of output char k. */
    private static String collapse(char[] s, int start, int end, int[] rawIndex) {
        // Every kept char, the spaces too, stands for a char of its own in the slice, so the slice's length is
        // enough; a char array, unlike a StringBuilder, is not copied again when a curly quote needs UTF-16.
        char[] out = new char[end - start];
        int n = 0;
        boolean pendingSpace = false;
        int pendingAt = start;
        for (int i = start; i < end; i++) {
            char c = s[i];
            boolean ascii = c > ' ' && c < 0x7F; // printable ASCII, the common case, is neither
            if (!ascii && c != ' ' && isRemoved(c) && !isEmojiJoiner(s, start, end, i)) {
                continue; // the space, the next commonest, is not removed
            }
            if (!ascii && (c == ' ' || isSpace(c))) {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingAt = i;
                }
                continue;
            }
            if (pendingSpace && n > 0) {
                rawIndex[n] = pendingAt;
                out[n++] = ' ';
            }
            pendingSpace = false;
            rawIndex[n] = i;
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    // A ZWJ between two emoji (surrogate pairs, optionally after a variation selector) is part of one
    // visible symbol such as a family emoji; removing it would turn it into several.
    private static boolean isEmojiJoiner(char[] s, int start, int end, int i) {
        if (s[i] != 0x200D || i == start || i + 1 >= end) {
            return false;
        }
        char before = s[i - 1];
        return (Character.isLowSurrogate(before) || before == 0xFE0F) && Character.isHighSurrogate(s[i + 1]);
    }

    /**
     * Whether {@code chars[from, to)} has only spaces and removed chars, which normalizing leaves empty: the
     * text path and the HTML path make no block of it. Most lines answer at their first char.
     */
    public static boolean isBlank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if ((c > ' ' && c < 0x7F) || (!isSpace(c) && !isRemoved(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace for analysis: Unicode spaces, NBSP, tabs, line breaks. */
    public static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\f'
                || c == 0x0B
                || c == 0x00A0
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000
                || c == 0x0085;
    }

    /** Chars dropped outright: zero-width marks, bidi controls, soft hyphen, BOM, other C0/C1 controls. */
    public static boolean isRemoved(char c) {
        return c == 0x200B
                || c == 0x200C
                || c == 0x200D
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2064)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x061C
                || c == 0x180E
                || c == 0xFEFF
                || c == 0x00AD
                || (c < 0x20 && !isSpace(c))
                || (c >= 0x7F && c < 0xA0 && c != 0x85);
    }

    /**
     * A normalized string with its offsets into the source.
     *
     * @param flaggedChars how many chars of {@code text} came from flagged raw chars (0 for plain slices)
     */
    public record Normalized(String text, OffsetMap offsets, int flaggedChars) {}
}
