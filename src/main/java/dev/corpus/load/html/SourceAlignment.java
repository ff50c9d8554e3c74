package dev.corpus.load.html;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * Maps the chars of a parsed text node back into its source range. The parser decodes entities and
 * normalizes line breaks, so source and text differ; walking both in step keeps exact offsets for every
 * char when the difference is only that.
 */
final class SourceAlignment {
    // Longest named or numeric entity worth trying ("&CounterClockwiseContourIntegral;" is 33 chars).
    private static final int MAX_ENTITY = 40;
    /**
     * The commonest entities of news text, decoded once by the parser itself: decoding one sets up a whole
     * parse, which cost more than the alignment.
     */
    private static final Map<String, String> COMMON = Stream.of(
                    "&amp;",
                    "&quot;",
                    "&lt;",
                    "&gt;",
                    "&nbsp;",
                    "&apos;",
                    "&hellip;",
                    "&rsquo;",
                    "&lsquo;",
                    "&rdquo;",
                    "&ldquo;",
                    "&mdash;",
                    "&ndash;",
                    "&copy;",
                    "&#39;",
                    "&#039;",
                    "&#038;",
                    "&#160;",
                    "&#8211;",
                    "&#8212;",
                    "&#8216;",
                    "&#8217;",
                    "&#8220;",
                    "&#8221;",
                    "&#8230;")
            .collect(Collectors.toUnmodifiableMap(e -> e, e -> Parser.unescapeEntities(e, false)));

    private SourceAlignment() {}

    /**
     * Fills {@code starts[k]}/{@code ends[k]} with the source span of {@code text.charAt(k)} and returns
     * true, or returns false when {@code source[from, to)} cannot be aligned with {@code text}.
     */
    static boolean align(String source, int from, int to, String text, int[] starts, int[] ends) {
        int n = text.length();
        if (to - from == n && source.regionMatches(from, text, 0, n)) {
            verbatim(from, n, starts, ends);
            return true;
        }
        int i = from;
        int j = 0;
        while (i < to && j < n) {
            char c = source.charAt(i);
            if (c == '&') {
                int entityEnd = entityEnd(source, i, to);
                if (entityEnd > 0) {
                    String entity = source.substring(i, entityEnd);
                    String decoded = COMMON.get(entity);
                    if (decoded == null) {
                        decoded = Parser.unescapeEntities(entity, false);
                    }
                    if (!decoded.isEmpty() && !decoded.equals(entity) && text.startsWith(decoded, j)) {
                        for (int k = 0; k < decoded.length(); k++) {
                            starts[j + k] = i;
                            ends[j + k] = entityEnd;
                        }
                        j += decoded.length();
                        i = entityEnd;
                        continue;
                    }
                }
            }
            if (c == text.charAt(j)) {
                starts[j] = i;
                ends[j] = i + 1;
                i++;
                j++;
            } else if (c == '\r' && text.charAt(j) == '\n') {
                int width = i + 1 < to && source.charAt(i + 1) == '\n' ? 2 : 1;
                starts[j] = i;
                ends[j] = i + width;
                i += width;
                j++;
            } else {
                return false;
            }
        }
        return i == to && j == n;
    }

    /**
     * Whether the parser makes {@code text} of {@code source[from, to)} on its own, line breaks normalized: for
     * the entities {@link #align} does not decode (legacy names and numbers without their ';'), whose chars it
     * cannot place. Only tells that the source is the text's; the chars then all get the whole span, as a text
     * whose alignment fails always does.
     */
    static boolean decodesTo(String source, int from, int to, String text) {
        String decoded = Parser.unescapeEntities(source.substring(from, to), false);
        return text.equals(decoded.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The spans of {@code n} chars that are the source from {@code from} on, char for char. */
    static void verbatim(int from, int n, int[] starts, int[] ends) {
        for (int k = 0; k < n; k++) {
            starts[k] = from + k;
            ends[k] = from + k + 1;
        }
    }

    private static int entityEnd(String source, int amp, int to) {
        int limit = Math.min(to, amp + MAX_ENTITY);
        for (int i = amp + 1; i < limit; i++) {
            char c = source.charAt(i);
            if (c == ';') {
                return i > amp + 1 ? i + 1 : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }
}
