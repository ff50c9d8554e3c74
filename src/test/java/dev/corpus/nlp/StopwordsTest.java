package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
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
        List<String> words = new ArrayList<>(List.of("İN", "ΣΑΣ", "the\uD83D\uDE00", "", "THE", "Ünd"));
        for (String lang : Stopwords.LANGUAGES) {
            for (String w : list(lang)) {
                words.add(w);
                words.add(w.toUpperCase(Locale.ROOT));
                words.add(w + "s");
            }
        }
        Random random = new Random(3);
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

    /** The plain reading: the lower case of the word looked up in each language's list. */
    private static int plainBits(String word, Map<String, Set<String>> lists) {
        String lower = word.toLowerCase(Locale.ROOT);
        int bits = 0;
        for (String lang : Stopwords.LANGUAGES) {
            bits |= lists.get(lang).contains(lower) ? Stopwords.bit(lang) : 0;
        }
        return bits;
    }

    @Test
    void aBlockLookUpIsThePlainLookUpOfEachWord() {
        // words with ASCII ends around chars that lower-case apart (dotted capital I, sigma, surrogates, the
        // Kelvin sign), listed words in any case, and random words: the block path takes each of its branches
        List<String> texts = new ArrayList<>(List.of(
                "The cat and the dog, und der Hund; ÜBER alles für İt",
                "tİe aΣd \u212Aein th\uD83D\uDE00e don\u2019t it\u2019s l\u2019homme a-b U.S. ab.cd",
                "",
                "supercalifragilisticexpialidocious und überhaupt nichts"));
        Random random = new Random(11);
        List<String> listed = new ArrayList<>();
        Map<String, Set<String>> lists = new HashMap<>();
        for (String lang : Stopwords.LANGUAGES) {
            lists.put(lang, list(lang));
            listed.addAll(new TreeSet<>(list(lang)));
        }
        String odd = "İΣ\u212A\u2019ßÜ\uD83D\uDE00'-.";
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                String word = listed.get(random.nextInt(listed.size()));
                switch (random.nextInt(5)) {
                    case 0 -> word = word.toUpperCase(Locale.ROOT);
                    case 1 -> {
                        int at = random.nextInt(word.length() + 1);
                        word = word.substring(0, at) + odd.charAt(random.nextInt(odd.length())) + word.substring(at);
                    }
                    case 2 ->
                        word = random.ints(1 + random.nextInt(5), 'a', 'z' + 1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                                .toString();
                    default -> {}
                }
                text.append(word).append(random.nextBoolean() ? " " : ", ");
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            char[] chars = text.toCharArray();
            int[] bounds = Words.bounds(text);
            int[] bits = new int[bounds.length / 2];
            Stopwords.languageBits(chars, bounds, bits);
            for (int k = 0; k < bits.length; k++) {
                String word = text.substring(bounds[2 * k], bounds[2 * k + 1]);
                int plain = plainBits(word, lists);
                assertEquals(plain, bits[k], word);
                assertEquals(plain, Stopwords.languageBits(chars, bounds[2 * k], bounds[2 * k + 1]), word);
            }
        }
    }

    @Test
    void countingBitsAddsOneToEachLanguageOfAWord() {
        int[] hits = new int[Stopwords.LANGUAGES.size()];
        Stopwords.count(0, hits);
        Stopwords.count(1 | 1 << 3 | 1 << 11, hits);
        Stopwords.count(1 << 3, hits);
        assertEquals(
                List.of(1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1),
                Arrays.stream(hits).boxed().toList());
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

    @Test
    void aTallyOfManyWordsIsTheCountWordByWord() {
        Random random = new Random(5);
        int all = (1 << Stopwords.LANGUAGES.size()) - 1;
        // past one lane's run of 65,535 words too, and with words in every language
        for (int size : new int[] {0, 1, 7, 1000, 70_000, 140_000}) {
            int[] bits = new int[size];
            for (int k = 0; k < size; k++) {
                bits[k] = random.nextInt(3) == 0 ? 0 : random.nextInt(8) == 0 ? all : random.nextInt(all + 1);
            }
            int[] plain = new int[Stopwords.LANGUAGES.size()];
            for (int b : bits) {
                Stopwords.count(b, plain);
            }
            // added a block at a time, in blocks of random sizes
            Stopwords.Tally tally = new Stopwords.Tally();
            for (int from = 0; from < size; ) {
                int to = Math.min(size, from + 1 + random.nextInt(size < 1000 ? 10 : 30_000));
                tally.add(Arrays.copyOfRange(bits, from, to));
                from = to;
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain, tally.hits(), "size " + size);
        }
    }
}
