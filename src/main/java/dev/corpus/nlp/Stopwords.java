package dev.corpus.nlp;

import dev.corpus.util.Resources;
import dev.corpus.util.Validate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Function-word lists per language, from resource files. They tell prose from menus (prose is dense in
 * function words) and which language a text is in.
 */
public final class Stopwords {
    /** Languages with a list, in tie-break order. */
    public static final List<String> LANGUAGES =
            List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "id", "tr");

    private static final Map<String, Set<String>> LISTS = load();
    /** Every listed word with a bit per language whose list has it: language detection looks up once. */
    private static final Map<String, Integer> LANGUAGE_BITS = languageBits();
    /** {@link #LANGUAGE_BITS} as an open-addressing table probed with a word's chars, lower-cased on the fly. */
    private static final FoldedTable TABLE = new FoldedTable(LANGUAGE_BITS);
    /** The words with ASCII ends by their length and ends, for {@link #languageBits(char[], int, int)}. */
    private static final @Nullable ByEnds BY_ENDS = ByEnds.of(LANGUAGE_BITS);

    private Stopwords() {}

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Set<String> words = new HashSet<>();
            for (String line : Resources.lines("/dev/corpus/nlp/stopwords-" + lang + ".txt")) {
                for (String w : line.split("\\s+")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            lists.put(lang, Set.copyOf(words));
        }
        return Map.copyOf(lists);
    }

    private static Map<String, Integer> languageBits() {
        Map<String, Integer> bits = new java.util.HashMap<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            int bit = 1 << l;
            for (String w : LISTS.get(LANGUAGES.get(l))) {
                bits.merge(w, bit, (a, b) -> a | b);
            }
        }
        return bits;
    }

    /** The function words listed for {@code lang} (one of {@link #LANGUAGES}), lower case. */
    public static Set<String> words(String lang) {
        Set<String> words = LISTS.get(lang);
        Validate.isTrue(words != null, "no stopword list for " + lang);
        return words;
    }

    public static boolean isStopword(String word, String lang) {
        return (languageBits(word, 0, word.length()) & bit(lang)) != 0;
    }

    /** Share of {@code words} that are function words of {@code lang} (0 for no words). */
    public static double ratio(List<String> words, String lang) {
        if (words.isEmpty()) {
            return 0;
        }
        int bit = bit(lang);
        if (bit == 0) {
            return 0;
        }
        int hits = 0;
        for (String w : words) {
            if ((languageBits(w, 0, w.length()) & bit) != 0) {
                hits++;
            }
        }
        return hits / (double) words.size();
    }

    /** The bit of {@code lang} in {@link #languageBits}: 1 shl its index in {@link #LANGUAGES}, 0 if unlisted. */
    public static int bit(String lang) {
        int l = LANGUAGES.indexOf(lang);
        return l < 0 ? 0 : 1 << l;
    }

    /**
     * The languages whose lists have the word {@code text[start, end)}, in any case: bit {@code l} stands for
     * {@code LANGUAGES.get(l)}. The same as looking its {@code toLowerCase(Locale.ROOT)} up, without making it.
     */
    public static int languageBits(CharSequence text, int start, int end) {
        return TABLE.get(text, start, end);
    }

    /** As {@link #languageBits(CharSequence, int, int)} of the word {@code text[start, end)} of a char array. */
    public static int languageBits(char[] text, int start, int end) {
        return BY_ENDS == null ? TABLE.get(text, start, end) : BY_ENDS.get(text, start, end);
    }

    /**
     * {@link #languageBits(char[], int, int)} of every word of {@code text} whose bounds {@link Words#bounds}
     * gives, into {@code out} (one int per word).
     */
    public static void languageBits(char[] text, int[] bounds, int[] out) {
        if (BY_ENDS == null) {
            for (int k = 0; k < out.length; k++) {
                out[k] = TABLE.get(text, bounds[2 * k], bounds[2 * k + 1]);
            }
        } else {
            BY_ENDS.get(text, bounds, out);
        }
    }

    /**
     * The listed words whose first and last chars are ASCII, grouped by their length and their ends' low five
     * bits: a word with ASCII ends is compared char by char with the few listed words of its group (most
     * groups of a prose word's length and ends are empty), where {@link FoldedTable} would hash it first. A
     * word with other ends, or with a char that lower-cases by context or into two chars, is left to the
     * table.
     *
     * <p>Sound for the same reason as the table's filter by ends: lower-casing keeps each char in place and
     * makes no char shorter, it makes an ASCII char no other ASCII char than its lower case, and it makes a
     * char longer only into a surrogate pair or with a combining dot (U+0307), which no listed word holds
     * ({@link #of} makes no index otherwise). So the lower case of a word with ASCII ends can be a listed word
     * only of its length, whose ends are the word's own ends lower-cased.
     */
    private static final class ByEnds {
        private static final int MAX_LENGTH = 15;
        /**
         * The words of group g are in {@code pool[first[g], first[g + 1])}, each as its bits (one char: there
         * are at most 16 languages) and then its chars, {@code length + 1} chars a word: a group's words are
         * read from one place, not each from an array of its own.
         */
        private final char[] first;

        private final char[] pool;

        private ByEnds(char[] first, char[] pool) {
            this.first = first;
            this.pool = pool;
        }

        static @Nullable ByEnds of(Map<String, Integer> listed) {
            List<String> sorted = new ArrayList<>();
            int poolSize = 0;
            for (Map.Entry<String, Integer> e : listed.entrySet()) {
                String w = e.getKey();
                if (w.length() > MAX_LENGTH
                        || w.indexOf('\u0307') >= 0
                        || w.chars().anyMatch(c -> Character.isSurrogate((char) c))
                        || e.getValue() > Character.MAX_VALUE) {
                    return null;
                }
                if (!w.isEmpty() && w.charAt(0) < 0x80 && w.charAt(w.length() - 1) < 0x80) {
                    sorted.add(w);
                    poolSize += w.length() + 1;
                }
            }
            if (poolSize >= Character.MAX_VALUE) {
                return null;
            }
            sorted.sort(Comparator.comparingInt((String w) -> group(w.toCharArray(), 0, w.length()))
                    .thenComparing(w -> w));
            char[] first = new char[(MAX_LENGTH + 1) * 1024 + 1];
            char[] pool = new char[poolSize];
            int g = 0;
            int at = 0;
            for (String word : sorted) {
                char[] w = word.toCharArray();
                for (int group = group(w, 0, w.length); g <= group; g++) {
                    first[g] = (char) at;
                }
                pool[at] = (char) listed.get(word).intValue();
                System.arraycopy(w, 0, pool, at + 1, w.length);
                at += w.length + 1;
            }
            for (; g < first.length; g++) {
                first[g] = (char) at;
            }
            return new ByEnds(first, pool);
        }

        /** The group of the word {@code text[start, end)}, of at most {@link #MAX_LENGTH} chars, with ASCII ends. */
        private static int group(char[] text, int start, int end) {
            return (end - start) << 10 | (text[start] & 0x1F) << 5 | (text[end - 1] & 0x1F);
        }

        int get(char[] text, int start, int end) {
            if (end - start > MAX_LENGTH || end == start || text[start] >= 0x80 || text[end - 1] >= 0x80) {
                return TABLE.get(text, start, end);
            }
            int g = group(text, start, end);
            return first[g] == first[g + 1] ? 0 : compare(text, start, end, first[g], first[g + 1]);
        }

        /**
         * As {@link #get} of each word, the bounds as {@link Words#bounds} gives them. The loop makes no call
         * for a word without listed words of its group, most words: the look-up is too large for the JIT to
         * inline where a caller calls it per word.
         */
        void get(char[] text, int[] bounds, int[] out) {
            for (int k = 0; k < out.length; k++) {
                int start = bounds[2 * k];
                int end = bounds[2 * k + 1];
                int length = end - start;
                if (length > MAX_LENGTH) {
                    out[k] = 0; // no listed word is as long (see of), and lower-casing makes no char shorter
                } else if (length == 0 || text[start] >= 0x80 || text[end - 1] >= 0x80) {
                    out[k] = TABLE.get(text, start, end);
                } else {
                    int g = group(text, start, end);
                    int from = first[g];
                    int to = first[g + 1];
                    out[k] = from == to ? 0 : compare(text, start, end, from, to);
                }
            }
        }

        /** The bits of the listed word in {@code pool[from, to)} that {@code text[start, end)} lower-cases to. */
        private int compare(char[] text, int start, int end, int from, int to) {
            int length = end - start;
            for (int at = from; at < to; at += length + 1) {
                int same = matches(pool, at + 1, length, text, start);
                if (same > 0) {
                    return pool[at];
                } else if (same < 0) {
                    return TABLE.get(text, start, end);
                }
            }
            return 0;
        }

        /**
         * 1 if the word at {@code start} lower-cases to the listed word {@code pool[at, at + length)}, 0 if not,
         * -1 when a char it reads is one that lower-cases apart (see {@link FoldedTable}).
         */
        private static int matches(char[] pool, int at, int length, char[] text, int start) {
            for (int j = 0; j < length; j++) {
                char c = text[start + j];
                int lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : lowerApart(c);
                if (lower < 0) {
                    return -1;
                }
                if (lower != pool[at + j]) {
                    return 0;
                }
            }
            return 1;
        }

        /** As FoldedTable's lower case of a non-ASCII char: -1 for a char String.toLowerCase treats apart. */
        private static int lowerApart(char c) {
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return -1;
            }
            int lower = Character.toLowerCase((int) c);
            return Character.isBmpCodePoint(lower) ? lower : -1;
        }
    }

    /**
     * The language whose function words cover most of {@code words}, or null when none covers at least 10%
     * (too little text, or a language without a list).
     */
    public static @Nullable String detect(List<String> words) {
        // one lookup per word for all languages, not one per word and language
        int[] hits = new int[LANGUAGES.size()];
        for (String w : words) {
            count(languageBits(w, 0, w.length()), hits);
        }
        return detect(hits, words.size());
    }

    /** Adds one to {@code hits[l]} for every language {@code l} in {@code bits} (see {@link #languageBits}). */
    public static void count(int bits, int[] hits) {
        // one step per language the word is in, not per language below its highest: most words are in none
        for (int b = bits; b != 0; b &= b - 1) {
            hits[Integer.numberOfTrailingZeros(b)]++;
        }
    }

    /**
     * How many words of each language's list a text has, added a block's words at a time: {@link #count(int,
     * int[])} of each word's {@link #languageBits}. The counts are kept in four longs of four 16-bit lanes (a
     * language per lane), added from a table by four bits of the languages at a time: no branch per word nor
     * per language, where the plain loop's branch on whether a word is in any list is mispredicted at about
     * every other word of prose, and each hit waits for the store of the one before.
     */
    public static final class Tally {
        private final int[] hits = new int[LANGUAGES.size()];
        private long lanes0;
        private long lanes1;
        private long lanes2;
        private long lanes3;
        /** How many words the lanes hold since they were last added to {@link #hits}. */
        private int run;

        /** Counts the words whose {@link #languageBits} are {@code bits}. */
        public void add(int[] bits) {
            if (run + bits.length < MAX_LANE_RUN) {
                addRun(bits, 0, bits.length); // a block's words, all but always
                return;
            }
            int from = 0;
            while (from < bits.length) {
                if (run == MAX_LANE_RUN) {
                    flush();
                }
                int to = Math.min(bits.length, from + MAX_LANE_RUN - run);
                addRun(bits, from, to);
                from = to;
            }
        }

        /** Adds {@code bits[from, to)} to the lanes, which have room for them. */
        private void addRun(int[] bits, int from, int to) {
            long a = lanes0;
            long b = lanes1;
            long c = lanes2;
            long d = lanes3;
            for (int k = from; k < to; k++) {
                int w = bits[k];
                a += NIBBLE_LANES[w & 0xF];
                b += NIBBLE_LANES[(w >>> 4) & 0xF];
                c += NIBBLE_LANES[(w >>> 8) & 0xF];
                d += NIBBLE_LANES[(w >>> 12) & 0xF];
            }
            lanes0 = a;
            lanes1 = b;
            lanes2 = c;
            lanes3 = d;
            run += to - from;
        }

        /** The counts per language, indexed as {@link #LANGUAGES}. */
        public int[] hits() {
            flush();
            return hits.clone();
        }

        private void flush() {
            addLanes(lanes0, 0);
            addLanes(lanes1, 4);
            addLanes(lanes2, 8);
            addLanes(lanes3, 12);
            lanes0 = 0;
            lanes1 = 0;
            lanes2 = 0;
            lanes3 = 0;
            run = 0;
        }

        /** Adds the four lanes of {@code lanes} to {@code hits[first]} and on, as far as there are languages. */
        private void addLanes(long lanes, int first) {
            for (int j = 0; j < 4 && first + j < hits.length; j++) {
                hits[first + j] += (int) (lanes >>> (16 * j)) & 0xFFFF;
            }
        }
    }

    /** The most words a {@link Tally}'s lane holds without overflowing. */
    private static final int MAX_LANE_RUN = 0xFFFF;
    /** For each four bits of languages, a 1 in the lane of each of them. */
    private static final long[] NIBBLE_LANES = nibbleLanes();

    private static long[] nibbleLanes() {
        if (LANGUAGES.size() > 16) {
            throw new IllegalStateException("a Tally has lanes for 16 languages");
        }
        long[] lanes = new long[16];
        for (int n = 0; n < 16; n++) {
            for (int j = 0; j < 4; j++) {
                lanes[n] |= (long) ((n >>> j) & 1) << (16 * j);
            }
        }
        return lanes;
    }

    /**
     * As {@link #detect(List)}, from how many of the {@code words} words each language's list has ({@code
     * hits}, indexed as {@link #LANGUAGES}).
     */
    public static @Nullable String detect(int[] hits, int words) {
        String best = null;
        double bestRatio = 0.10;
        for (int l = 0; l < hits.length; l++) {
            String lang = LANGUAGES.get(l);
            double r = words == 0 ? 0 : hits[l] / (double) words;
            if (r > bestRatio) {
                best = lang;
                bestRatio = r;
            }
        }
        return best;
    }
}
