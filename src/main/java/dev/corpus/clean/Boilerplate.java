package dev.corpus.clean;

import dev.corpus.load.TextBlocks;
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
        Resources.sections("/dev/corpus/clean/containers.txt").forEach((part, lines) -> {
            for (String line : lines) {
                if (line.endsWith("*")) {
                    String word = line.substring(0, line.length() - 1).toLowerCase(java.util.Locale.ROOT);
                    CONTAINER_WORDS.putIfAbsent(word, part);
                    CONTAINER_PARTS.putIfAbsent(word, part);
                } else {
                    CONTAINER_WORDS.putIfAbsent(line.toLowerCase(java.util.Locale.ROOT), part);
                }
            }
        });
    }

    static {
        Resources.sections("/dev/corpus/clean/boilerplate.txt").forEach((section, lines) -> {
            for (String line : lines) {
                if (section.startsWith(CONTAINS)) {
                    INSIDE.putIfAbsent(key(line), section.substring(CONTAINS.length()));
                } else if (section.startsWith(STARTS)) {
                    OPENINGS.putIfAbsent(key(line), section.substring(STARTS.length()));
                } else {
                    PHRASES.putIfAbsent(key(line), section);
                }
            }
        });
    }

    /** {@link #CONTAINER_WORDS} and {@link #CONTAINER_PARTS}, looked up with a hint's words where they stand. */
    private static final WordTable CONTAINER_WORD_TABLE = new WordTable(CONTAINER_WORDS);

    private static final WordTable CONTAINER_PART_TABLE = new WordTable(CONTAINER_PARTS);

    /** {@link #PHRASES} by their keys' hashes, for the look-up of whole blocks (see {@link PhraseTable}). */
    private static final PhraseTable EXACT = new PhraseTable(PHRASES);

    /** {@link #INSIDE} as " phrase ", reason and phrase, in the map's order: built once, not per block. */
    private static final List<String[]> INSIDE_PADDED = INSIDE.entrySet().stream()
            .map(e -> new String[] {" " + e.getKey() + " ", e.getValue(), e.getKey()})
            .toList();

    private static final int SHORTEST_INSIDE =
            INSIDE.keySet().stream().mapToInt(String::length).min().orElse(0);

    /*
     * The first (last) two words of the phrases of two or more words: a block whose first (last) two words are
     * none of them starts (ends) with no such phrase, and needs no look-up per phrase length. Two words, not
     * one: many blocks open with a phrase's first word ("the", "more"), few with its first two.
     */
    private static final EdgeWords OPENING_FIRST_PAIRS = EdgeWords.of(OPENINGS, true, 2);
    private static final EdgeWords PHRASE_FIRST_PAIRS = EdgeWords.of(PHRASES, true, 2);
    private static final EdgeWords PHRASE_LAST_PAIRS = EdgeWords.of(PHRASES, false, 2);

    private static final int LONGEST_PHRASE =
            PHRASES.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Boilerplate() {}

    /**
     * The reason if {@code text} is a furniture phrase: the whole block, or a block that is not a sentence and
     * starts or ends with a phrase of two or more words (three or more when the block is long).
     *
     * @param key the text's {@link #key}, with its {@link CorpusProfile#hash} and word count as the cleaner
     *     made them (see {@link KeyBuffer#words})
     * @param endsSentence {@link BlockFeatures#endsSentence} of the text, which the features have found already
     */
    static @Nullable String reason(String text, String key, long keyHash, int words, boolean endsSentence) {
        if (key.isEmpty()) {
            return null;
        }
        // a paragraph's key is longer than any phrase: no need to look it up
        String exact = key.length() <= LONGEST_PHRASE ? EXACT.get(key, keyHash) : null;
        if (exact != null) {
            return exact;
        }
        if (copyright(text)) {
            return "footer";
        }
        // the count first: a paragraph is too long for the inside phrases, and its key is not searched for them
        String inside = words <= MAX_CONTAINS_WORDS ? inside(key) : null;
        if (inside != null) {
            return inside;
        }
        // A key's words are separated by single spaces: its first or last n words are a substring. The words'
        // ends are found only for a block whose first or last two words may start or end a phrase; pairEnd is
        // where its first two end (the whole key of two words).
        int pairEnd = words >= 2 ? EdgeWords.firstWordsEnd(key, 2) : key.length();
        int[] ends = null;
        // the look-ups of the first or last two words only where the loops below can run: an opening has two or
        // more words, and a phrase at an end of a block leaves a word of it besides
        if (words >= 2 && OPENING_FIRST_PAIRS.contains(key, 0, pairEnd)) {
            ends = wordEnds(key, MAX_PHRASE_WORDS + 1);
            for (int len = Math.min(words, MAX_PHRASE_WORDS); len >= 2; len--) {
                String opening = OPENINGS.get(key.substring(0, ends[len - 1]));
                if (opening != null) {
                    return opening;
                }
            }
        }
        if (endsSentence) {
            return null;
        }
        // Longest multi-word phrase at either end of a short block ("[ASIA] Latest Stories"); a long block
        // needs a long phrase at its start ("Quick access to main page (top) Direct access to ...").
        boolean shortBlock = words <= MAX_PREFIX_WORDS;
        boolean phrases = words >= 3;
        boolean heads = phrases && PHRASE_FIRST_PAIRS.contains(key, 0, pairEnd);
        boolean tails = phrases
                && shortBlock
                && PHRASE_LAST_PAIRS.contains(key, EdgeWords.lastWordsStart(key, 2), key.length());
        if (!heads && !tails) {
            return null;
        }
        if (ends == null) {
            ends = wordEnds(key, MAX_PHRASE_WORDS + 1);
        }
        for (int len = Math.min(words - 1, MAX_PHRASE_WORDS); len >= 2; len--) {
            if (!shortBlock && len < 3) {
                break;
            }
            String r = heads ? PHRASES.get(key.substring(0, ends[len - 1])) : null;
            if (r == null && tails) {
                r = PHRASES.get(key.substring(ends[words - len - 1] + 1));
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Whether the text opens with a copyright sign; its first char first, which most texts fail. */
    private static boolean copyright(String text) {
        return !text.isEmpty()
                && "©(C".indexOf(text.charAt(0)) >= 0
                && (text.startsWith("©") || text.startsWith("(c) ") || text.startsWith("Copyright ©"));
    }

    /** The reason of the first {@link #INSIDE} phrase in a key (of at most {@link #MAX_CONTAINS_WORDS} words). */
    private static @Nullable String inside(String key) {
        if (key.length() < SHORTEST_INSIDE) {
            return null; // most short lines: too short to hold any of them
        }
        boolean any = false;
        for (String[] e : INSIDE_PADDED) {
            any |= key.contains(e[2]); // without the spaces: a cheap test that most keys fail
        }
        if (!any) {
            return null;
        }
        String padded = " " + key + " ";
        for (String[] e : INSIDE_PADDED) {
            if (padded.contains(e[0])) {
                return e[1];
            }
        }
        return null;
    }

    /** Where each of the first {@code max} words of a key ends (the index after its last char). */
    private static int[] wordEnds(String key, int max) {
        int[] ends = new int[max];
        int w = 0;
        for (int i = 0; i < key.length() && w < max; i++) {
            if (key.charAt(i) == ' ') {
                ends[w++] = i;
            }
        }
        if (w < max) {
            ends[w++] = key.length();
        }
        return w == max ? ends : java.util.Arrays.copyOf(ends, w);
    }

    /**
     * The reason if a container's class or id words name furniture: whole words ("related"), or, for
     * distinctive words, parts split at "-" and "_" ("ot-sdk-cookie-policy" has "cookie").
     */
    static @Nullable String containerReason(String containerHint) {
        // each word (split at single spaces, as split(" ") does) where it stands in the hint, without a substring
        int n = containerHint.length();
        for (int from = 0; from < n; ) {
            int to = containerHint.indexOf(' ', from);
            to = to < 0 ? n : to;
            if (to > from) {
                String reason = CONTAINER_WORD_TABLE.get(containerHint, from, to);
                if (reason == null) {
                    reason = partReason(containerHint, from, to);
                }
                if (reason != null) {
                    return reason;
                }
            }
            from = to + 1;
        }
        return null;
    }

    /**
     * The reason of the first part of the word {@code hint[from, to)} split at "-" and "_" that is a distinctive
     * container word, as {@link Split#onDashes} splits it (its empty parts are no words). A word without "-"
     * or "_" is its only part, and is no distinctive word, as each of those is a container word too, which the
     * caller looked the word up as.
     */
    private static @Nullable String partReason(String hint, int from, int to) {
        int start = from;
        boolean split = false;
        for (int i = from; i <= to; i++) {
            if (i == to || hint.charAt(i) == '-' || hint.charAt(i) == '_') {
                split |= i < to;
                if (split && i > start) {
                    String reason = CONTAINER_PART_TABLE.get(hint, start, i);
                    if (reason != null) {
                        return reason;
                    }
                }
                start = i + 1;
            }
        }
        return null;
    }

    /** {@link #containerReason} as the plain split and look-ups, for checking it. */
    static @Nullable String plainContainerReason(String containerHint) {
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

    /**
     * Lower case, bracketed labels and digits removed, punctuation to spaces, spaces collapsed. The chars text
     * normalization removes (zero-width, bidi and control chars) are skipped, so that a raw line has the key of
     * its normalized text (what the corpus-learning pre-pass reads, see {@link TextBlocks#forEachBlock}).
     * {@link KeyBuffer} makes it, with its hash.
     */
    static String key(String text) {
        KeyBuffer buffer = new KeyBuffer();
        buffer.hash(text);
        return buffer.key();
    }
}
