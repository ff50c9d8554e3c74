package dev.corpus.load;

/**
 * Normalizes a slice of the decoded source for analysis while recording where each kept char came from:
 * NBSP and other odd spaces become ' ', zero-width and control chars are removed, whitespace runs collapse
 * to one space, and the result is trimmed.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** The normalized text of {@code source[start, end)} and its map back to source char indexes. */
    public static Normalized normalize(CharSequence source, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int[] map = new int[end - start + 1];
        boolean pendingSpace = false;
        int pendingAt = start;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (isRemoved(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingAt = i;
                }
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                map[out.length()] = pendingAt;
                out.append(' ');
            }
            pendingSpace = false;
            map[out.length()] = i;
            out.append(c);
        }
        int len = out.length();
        int[] trimmed = new int[len + 1];
        System.arraycopy(map, 0, trimmed, 0, len);
        trimmed[len] = len == 0 ? start : lastCharEnd(source, map[len - 1]);
        if (len == 0) {
            trimmed[0] = start;
        }
        return new Normalized(out.toString(), OffsetMap.of(trimmed));
    }

    private static int lastCharEnd(CharSequence source, int lastIndex) {
        return lastIndex + 1;
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

    /** Chars dropped outright: zero-width marks, soft hyphen, BOM, other C0/C1 controls. */
    public static boolean isRemoved(char c) {
        return c == 0x200B
                || c == 0x200C
                || c == 0x200D
                || c == 0x2060
                || c == 0xFEFF
                || c == 0x00AD
                || (c < 0x20 && !isSpace(c))
                || (c >= 0x7F && c < 0xA0 && c != 0x85);
    }

    /** A normalized string with its offsets into the source. */
    public record Normalized(String text, OffsetMap offsets) {}
}
