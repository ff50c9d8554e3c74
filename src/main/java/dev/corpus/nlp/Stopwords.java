package dev.corpus.nlp;

import dev.corpus.util.Resources;
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
        return TABLE.get(text, start, end);
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
        for (int l = 0; bits != 0; l++, bits >>>= 1) {
            hits[l] += bits & 1;
        }
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
