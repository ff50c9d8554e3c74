package dev.corpus.clean;

import dev.corpus.util.Resources;
import dev.corpus.util.Split;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Known page-furniture phrases ("Share it on", "Popular Now", "Comments0"), from the resource file
 * {@code boilerplate.txt}, each with the reason shown to users.
 */
final class Boilerplate {
    private static final int MAX_PREFIX_WORDS = 8;
    private static final int MAX_PHRASE_WORDS = 8;
    private static final String STARTS = "starts: ";
    private static final String CONTAINS = "contains: ";
    private static final int MAX_CONTAINS_WORDS = 30;
    private static final Map<String, String> PHRASES = new HashMap<>();
    /** Phrases that mark a block wherever they start it, even a full sentence ("We use cookies ..."). */
    private static final Map<String, String> OPENINGS = new HashMap<>();
    /** Phrases that mark a short block wherever they stand in it ("... All rights reserved."). */
    private static final Map<String, String> INSIDE = new HashMap<>();

    /** Class and id words of furniture containers ("cookie", "taboola", "related"), with their reason. */
    private static final Map<String, String> CONTAINER_WORDS = new HashMap<>();
    /** The distinctive ones ("cookie", "taboola") that also match as parts of longer words. */
    private static final Map<String, String> CONTAINER_PARTS = new HashMap<>();

    static {
        String part = "boilerplate";
        for (String line : Resources.lines("/dev/corpus/clean/containers.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                part = line.substring(1, line.length() - 1);
            } else if (line.endsWith("*")) {
                String word = line.substring(0, line.length() - 1).toLowerCase(java.util.Locale.ROOT);
                CONTAINER_WORDS.putIfAbsent(word, part);
                CONTAINER_PARTS.putIfAbsent(word, part);
            } else {
                CONTAINER_WORDS.putIfAbsent(line.toLowerCase(java.util.Locale.ROOT), part);
            }
        }
    }

    static {
        String section = "boilerplate";
        for (String line : Resources.lines("/dev/corpus/clean/boilerplate.txt")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
            } else if (section.startsWith(CONTAINS)) {
                INSIDE.putIfAbsent(key(line), section.substring(CONTAINS.length()));
            } else if (section.startsWith(STARTS)) {
                OPENINGS.putIfAbsent(key(line), section.substring(STARTS.length()));
            } else {
                PHRASES.putIfAbsent(key(line), section);
            }
        }
    }

    /** {@link #INSIDE} as " phrase " and reason, in the map's order: built once, not per block. */
    private static final List<String[]> INSIDE_PADDED = INSIDE.entrySet().stream()
            .map(e -> new String[] {" " + e.getKey() + " ", e.getValue()})
            .toList();

    private static final int OPENINGS_MAX_WORDS = maxWords(OPENINGS);
    private static final int PHRASES_MAX_WORDS = maxWords(PHRASES);

    private Boilerplate() {}

    /**
     * The reason if {@code text} (whose {@link #key} is {@code key}) is a furniture phrase: the whole block, or a block that is not a sentence and starts
     * or ends with a phrase of two or more words (three or more when the block is long).
     */
    static @Nullable String reason(String text, String key) {
        if (key.isEmpty()) {
            return null;
        }
        String exact = PHRASES.get(key);
        if (exact != null) {
            return exact;
        }
        // A key's words are separated by single spaces: its first or last n words are a substring.
        int[] ends = wordEnds(key);
        int words = ends.length;
        if (text.startsWith("©") || text.startsWith("(c) ") || text.startsWith("Copyright ©")) {
            return "footer";
        }
        if (words <= MAX_CONTAINS_WORDS) {
            String padded = " " + key + " ";
            for (String[] e : INSIDE_PADDED) {
                if (padded.contains(e[0])) {
                    return e[1];
                }
            }
        }
        for (int len = Math.min(words, Math.min(MAX_PHRASE_WORDS, OPENINGS_MAX_WORDS)); len >= 2; len--) {
            String opening = OPENINGS.get(key.substring(0, ends[len - 1]));
            if (opening != null) {
                return opening;
            }
        }
        if (BlockFeatures.endsSentence(text)) {
            return null;
        }
        // Longest multi-word phrase at either end of a short block ("[ASIA] Latest Stories"); a long block
        // needs a long phrase at its start ("Quick access to main page (top) Direct access to ...").
        boolean shortBlock = words <= MAX_PREFIX_WORDS;
        for (int len = Math.min(words - 1, Math.min(MAX_PHRASE_WORDS, PHRASES_MAX_WORDS)); len >= 2; len--) {
            if (!shortBlock && len < 3) {
                break;
            }
            String r = PHRASES.get(key.substring(0, ends[len - 1]));
            if (r == null && shortBlock) {
                r = PHRASES.get(key.substring(ends[words - len - 1] + 1));
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Where each word of a key ends (the index after its last char). */
    private static int[] wordEnds(String key) {
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        int[] ends = new int[words];
        int w = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                ends[w++] = i;
            }
        }
        ends[w] = key.length();
        return ends;
    }

    /** The most words of any phrase in {@code phrases}: longer heads and tails need no look-up. */
    private static int maxWords(Map<String, String> phrases) {
        return phrases.keySet().stream()
                .mapToInt(k -> k.isEmpty() ? 0 : wordEnds(k).length)
                .max()
                .orElse(0);
    }

    /**
     * The reason if a container's class or id words name furniture: whole words ("related"), or, for
     * distinctive words, parts split at "-" and "_" ("ot-sdk-cookie-policy" has "cookie").
     */
    static @Nullable String containerReason(String containerHint) {
        if (containerHint.isEmpty()) {
            return null;
        }
        for (String word : containerHint.split(" ")) {
            String whole = CONTAINER_WORDS.get(word);
            if (whole != null) {
                return whole;
            }
            for (String piece : Split.onDashes(word)) {
                String r = CONTAINER_PARTS.get(piece);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Lower case, bracketed labels and digits removed, punctuation to spaces, spaces collapsed. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int depth = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                char lower = lowerLetter(c);
                boolean keep = lower != 0
                        || c == '\''
                        || c == '\u2019'
                        || (c == '-' && sb.length() > 0 && !space && Character.isLetter(sb.charAt(sb.length() - 1)));
                if (!keep) {
                    space = sb.length() > 0;
                    continue;
                }
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(lower != 0 ? lower : c == '\u2019' ? '\'' : c);
            }
        }
        return sb.toString();
    }

    /** The lower case of a letter, 0 for any other char; ASCII without the Unicode tables, as most text is. */
    private static char lowerLetter(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            return c >= 'a' && c <= 'z' ? c : 0;
        }
        return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
    }
}
