package dev.corpus.output;

/**
 * Roughly how many terminal columns text takes: East Asian wide characters and most emoji take two,
 * combining marks and format characters none. Good enough to keep table columns aligned; not a full
 * implementation of UAX #11.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF) // kana, CJK symbols
                || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) // emoji
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }

    /**
     * Fits text into exactly {@code width} columns: control characters and runs of whitespace become one
     * space, overlong text is cut and ends with "…", short text is padded with spaces.
     */
    public static String fit(String text, int width) {
        String flat = flatten(text);
        StringBuilder sb = new StringBuilder();
        int used = 0;
        if (of(flat) <= width) {
            sb.append(flat);
            used = of(flat);
        } else {
            for (int i = 0; i < flat.length(); ) {
                int cp = flat.codePointAt(i);
                int w = of(cp);
                if (used + w > width - 1) {
                    break;
                }
                sb.appendCodePoint(cp);
                used += w;
                i += Character.charCount(cp);
            }
            sb.append('…');
            used++;
        }
        sb.append(" ".repeat(Math.max(0, width - used)));
        return sb.toString();
    }

    /** Like {@link #fit} but cuts at the start, for paths whose end (the file name) matters most. */
    public static String fitEnd(String text, int width) {
        String flat = flatten(text);
        int total = of(flat);
        if (total <= width) {
            return flat + " ".repeat(width - total);
        }
        StringBuilder tail = new StringBuilder();
        int used = 0;
        for (int i = flat.length(); i > 0; ) {
            int cp = flat.codePointBefore(i);
            int w = of(cp);
            if (used + w > width - 1) {
                break;
            }
            tail.insert(0, Character.toChars(cp));
            used += w;
            i -= Character.charCount(cp);
        }
        return "…" + tail + " ".repeat(width - 1 - used);
    }

    private static String flatten(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
