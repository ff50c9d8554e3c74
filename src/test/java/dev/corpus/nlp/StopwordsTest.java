package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.util.Resources;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopwordsTest {
    /** A list as the resource file gives it, lower-cased as String.toLowerCase does. */
    private static Set<String> list(String lang) {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines("/dev/corpus/nlp/stopwords-" + lang + ".txt")) {
            for (String w : line.split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    @Test
    void aLookUpInAnyCaseIsTheLookUpOfTheLowerCase() {
        for (String lang : Stopwords.LANGUAGES) {
            Set<String> list = list(lang);
            for (String w : list) {
                String upper = w.toUpperCase(Locale.ROOT);
                String title = w.isEmpty() ? w : upper.substring(0, 1) + w.substring(1);
                for (String variant : List.of(w, upper, title, w + "x", "x" + upper)) {
                    assertEquals(
                            list.contains(variant.toLowerCase(Locale.ROOT)),
                            Stopwords.isStopword(variant, lang),
                            lang + ": " + variant);
                }
            }
        }
    }

    @Test
    void charsThatLowerCaseByContextOrIntoTwoCharsAreLookedUpAsStringsAre() {
        assertTrue(Stopwords.isStopword("THE", "en"));
        assertTrue(Stopwords.isStopword("Und", "de"));
        assertFalse(Stopwords.isStopword("İN", "en"), "dotted capital I lower-cases to two chars");
        assertFalse(Stopwords.isStopword("ΣΑΣ", "en"));
        assertFalse(Stopwords.isStopword("the\uD83D\uDE00", "en"));
        assertFalse(Stopwords.isStopword("the", "xx"), "a language without a list");
        assertEquals(0, Stopwords.languageBits("a very long word indeed", 0, 23));
        assertEquals(Stopwords.bit("en"), Stopwords.languageBits("xTHEx", 1, 4) & Stopwords.bit("en"));
    }

    @Test
    void aLookUpInACharArrayIsTheLookUpInAString() {
        List<String> words = new java.util.ArrayList<>(List.of("İN", "ΣΑΣ", "the\uD83D\uDE00", "", "THE", "Ünd"));
        for (String lang : Stopwords.LANGUAGES) {
            for (String w : list(lang)) {
                words.add(w);
                words.add(w.toUpperCase(Locale.ROOT));
                words.add(w + "s");
            }
        }
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 5_000; i++) {
            words.add(random.ints(random.nextInt(6), 0, 0x500)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
        }
        for (String w : words) {
            char[] padded = ("(" + w + ")").toCharArray();
            assertEquals(
                    Stopwords.languageBits(w, 0, w.length()), Stopwords.languageBits(padded, 1, w.length() + 1), w);
        }
    }

    @Test
    void detectionFromCountsIsDetectionFromWords() {
        List<String> words = Words.of("Der Mann und die Frau gehen in den Park, aber nicht mit dem Hund.");
        int[] hits = new int[Stopwords.LANGUAGES.size()];
        for (String w : words) {
            Stopwords.count(Stopwords.languageBits(w, 0, w.length()), hits);
        }
        assertEquals("de", Stopwords.detect(words));
        assertEquals(Stopwords.detect(words), Stopwords.detect(hits, words.size()));
    }
}
