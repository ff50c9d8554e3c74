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

    public static boolean isStopword(String word, String lang) {
        Set<String> list = LISTS.get(lang);
        return list != null && list.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Share of {@code words} that are function words of {@code lang} (0 for no words). */
    public static double ratio(List<String> words, String lang) {
        if (words.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String w : words) {
            if (isStopword(w, lang)) {
                hits++;
            }
        }
        return hits / (double) words.size();
    }

    /**
     * The language whose function words cover most of {@code words}, or null when none covers at least 10%
     * (too little text, or a language without a list).
     */
    public static @Nullable String detect(List<String> words) {
        String best = null;
        double bestRatio = 0.10;
        for (String lang : LANGUAGES) {
            double r = ratio(words, lang);
            if (r > bestRatio) {
                best = lang;
                bestRatio = r;
            }
        }
        return best;
    }
}
