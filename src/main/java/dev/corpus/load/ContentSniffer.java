package dev.corpus.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Looks at the first bytes or chars of an input: binary or text, HTML or plain text. */
final class ContentSniffer {
    private static final int BINARY_WINDOW = 8192;
    private static final int TAG_WINDOW = 2048;
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");
    private static final Pattern TAG = Pattern.compile(
            "</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|th|h[1-6]|img|meta|link|script|style|b|i|em|strong|section"
                    + "|article|header|footer|nav|main|form|input|button|title|body|head|html|blockquote|pre)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_START =
            Pattern.compile("^(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])", Pattern.CASE_INSENSITIVE);

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ContentSniffer() {}

    /** Bits of the control bytes real text has: tab, the line breaks (LF, VT, FF, CR) and escape. */
    private static final int TEXT_CONTROLS = 1 << '\t' | 1 << '\n' | 1 << 0x0B | 1 << '\f' | 1 << '\r' | 1 << 0x1B;

    /** Why the bytes look binary, or null if they look like text. */
    static @Nullable String binaryReason(byte[] b) {
        return binaryReason(b, onlyTextBytes(b));
    }

    /** As {@link #binaryReason(byte[])}, for a caller that has {@link #onlyTextBytes}. */
    static @Nullable String binaryReason(byte[] b, boolean onlyTextBytes) {
        String magic = magic(b);
        if (magic != null) {
            return magic + " file signature";
        }
        if (onlyTextBytes) {
            return null;
        }
        int n = Math.min(b.length, BINARY_WINDOW);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) {
                control++;
            }
        }
        if (nul > 0) {
            return "contains NUL bytes";
        }
        // A few stray controls occur in real text; a tenth of the sample does not.
        if (n > 0 && control * 10 > n) {
            return "too many control characters";
        }
        return null;
    }

    private static @Nullable String magic(byte[] b) {
        if (starts(b, "%PDF-")) {
            return "PDF";
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return "ZIP";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
            return "GIF";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "ELF";
        }
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Java class";
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C) || starts(b, "Rar!")) {
            return "archive";
        }
        return null;
    }

    /**
     * Whether the first 8 KB have no byte below 0x20 but those of text (tab, line breaks, escape): then neither
     * {@link #binaryReason} nor {@link #utf16WithoutBom} can find NULs or stray controls in them. One test per
     * eight bytes tells it for most inputs, where those two count every byte, and one more per byte below 0x20
     * (a text's line breaks).
     */
    static boolean onlyTextBytes(byte[] b) {
        int n = Math.min(b.length, BINARY_WINDOW);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(b, i);
            // the high bit of each byte below 0x20, exactly: adding 0x60 to its low seven bits carries into
            // the high bit for 0x20..0x7F, and a byte from 0x80 has the bit already, so no byte spills over
            long low = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x6060606060606060L) | x) & 0x8080808080808080L;
            // most words with one have a line break, which is looked at alone
            for (; low != 0; low &= low - 1) {
                int c = (int) (x >>> (Long.numberOfTrailingZeros(low) - 7)) & 0x1F;
                if (((TEXT_CONTROLS >>> c) & 1) == 0) {
                    return false;
                }
            }
        }
        return textBytes(b, i, n);
    }

    /** Whether {@code b[from, to)} has no byte below 0x20 but those of text. */
    private static boolean textBytes(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            // (c & 0xE0) == 0 for 0x00..0x1F only: a negative byte keeps its high bits
            if ((c & 0xE0) == 0 && ((TEXT_CONTROLS >>> c) & 1) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a BOM, recognised by NUL bytes on one side of nearly every ASCII-range char pair:
     * such NULs do not make a file binary.
     */
    static @Nullable Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, BINARY_WINDOW) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 3 && evenNul * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 3 && oddNul * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The format an extension names, or null for unknown extensions. */
    static @Nullable InputFormat byExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (HTML_EXTENSIONS.contains(ext)) {
            return InputFormat.HTML;
        }
        return TEXT_EXTENSIONS.contains(ext) ? InputFormat.TEXT : null;
    }

    /** Content evidence: strong HTML start, else tag density; the extension decides only otherwise. */
    static InputFormat format(String name, CharSequence head) {
        String s = head.toString();
        return format(name, s, s.length());
    }

    /**
     * As {@link #format(String, CharSequence)} of {@code text}'s first {@code headLength} chars, without copying
     * them out of a whole decoded text.
     */
    static InputFormat format(String name, String text, int headLength) {
        InputFormat ext = byExtension(name);
        int at = preambleEnd(text, headLength);
        // every strong start begins with '<': a plain text, whose first char is a letter, needs no match
        if (at >= 0 && at < headLength && text.charAt(at) == '<') {
            String start = text.substring(at, Math.min(headLength, at + 64));
            if (STRONG_START.matcher(start).find()) {
                return InputFormat.HTML;
            }
        }
        if (ext != null) {
            return ext;
        }
        return tagDense(text, headLength) ? InputFormat.HTML : InputFormat.TEXT;
    }

    /** Many known tags in the first 2 KB of the head: at least 5, and one per 200 chars. */
    private static boolean tagDense(String text, int headLength) {
        int window = Math.min(headLength, TAG_WINDOW);
        // a region, as the pattern looks at no char past its match, finds what a copy of the window would
        Matcher m = TAG.matcher(text).region(0, window);
        int tags = 0;
        while (m.find()) {
            tags++;
        }
        return tags >= 5 && tags * 200 >= window;
    }

    /**
     * Where the first real markup may begin after whitespace, a BOM, an XML declaration and comments within the
     * first {@code limit} chars of {@code s} (what follows it, up to 64 chars, is matched against the strong
     * starts); -1 when a comment or declaration runs past the limit, which leaves nothing to match.
     */
    private static int preambleEnd(String s, int limit) {
        int i = 0;
        while (i < limit) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == 0xFEFF) {
                i++;
            } else if (i + 4 <= limit && s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end < 0 || end + 3 > limit) {
                    return -1;
                }
                i = end + 3;
            } else if (i + 2 <= limit && s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i + 2);
                if (end < 0 || end + 2 > limit) {
                    return -1;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean starts(byte[] b, String prefix) {
        return starts(b, prefix.chars().toArray());
    }

    /** Whether {@code b} begins with the given byte values (0..255). */
    static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
