package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextHeadlineTest {
    @Test
    void unitsAreContentWordStemsAndCjkPairs() {
        assertEquals(
                List.of("minis", "resig", "after", "vote"),
                TextHeadline.units(Words.of("The Minister resigned after a vote on it")));
        assertEquals(List.of("東京", "京都"), TextHeadline.units(Words.of("東京都")));
    }

    /**
     * The body's opening is read from word bounds into packed units; the set must hold what the words
     * themselves give, and nothing else.
     */
    @Test
    void unitsFromBoundsMatchUnitsFromWords() {
        String[] pieces = {
            "Minister",
            "ISTANBUL",
            "İstanbul",
            "Straße",
            "don't",
            "U.S.",
            "Díaz-Canel",
            "東京都",
            "서울시는",
            "ab",
            "abcd",
            "ab12",
            "12345678",
            "ÉLYSÉE",
            "Σοφία",
            "x",
            "  ",
            ", ",
            "—",
            "\u2019",
            "ǅemal",
            "12ab34",
            "1a2b3c4d5e",
            "ab1cdé",
            "1234ßé",
            "x1y2z3ñö",
            "A-b",
            "ab'cd"
        };
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            String text = dev.corpus.testing.RandomText.ofPieces(random, pieces, 12);
            Set<String> expected = new HashSet<>(TextHeadline.units(Words.of(text)));
            UnitSet set = TextHeadline.unitSet(text);
            // a line's units in order, as the scorer counts them: as many, and as many of them in any set
            List<String> units = TextHeadline.units(Words.of(text));
            TextHeadline.LineUnits line =
                    TextHeadline.lineUnits(text, dev.corpus.clean.WordBounds.ofTexts(List.of(text)), 0);
            assertEquals(units.size(), line.size(), text);
            UnitSet some = TextHeadline.unitSet(dev.corpus.testing.RandomText.ofPieces(random, pieces, 6));
            assertEquals(units.stream().filter(some::contains).count(), line.countIn(some), text);
            assertEquals(units.size(), line.countIn(set), text);
            assertEquals(expected.size(), set.size(), text);
            for (String unit : expected) {
                assertTrue(set.contains(unit), text + ": " + unit);
            }
        }
    }

    @Test
    void unitSetPacksShortAsciiUnitsAndKeepsTheRest() {
        UnitSet set = new UnitSet();
        List<String> units = List.of("vote", "minis", "über", "東京", "abcdefgh", "a.b-c");
        for (int i = 0; i < 1000; i++) {
            set.add("w" + i);
        }
        units.forEach(set::add);
        assertEquals(1000 + units.size(), set.size());
        for (String u : units) {
            assertTrue(set.contains(u), u);
        }
        assertFalse(set.contains("vot"));
        assertFalse(set.contains("votes"));
        assertFalse(set.contains("w1000"));
        assertTrue(set.contains("w999"));
    }

    /** The credit test's ASCII fast path says what lower-casing the word and looking it up says. */
    @Test
    void creditWordsAreThoseOfTheListInAnyCase() {
        java.util.List<String> credits = dev.corpus.util.Resources.lines("/dev/corpus/article/credits.txt");
        String[] pieces = {
            "foto", "Foto", "AFP", "ap", "Ap", "dpa", "x", "Getty", "İ", "ı", "ß", "é", "뉴스1", "E", "1", "-"
        };
        Random random = new Random(5);
        java.util.List<String> words = new java.util.ArrayList<>(credits);
        credits.forEach(c -> words.add(c.toUpperCase(java.util.Locale.ROOT)));
        for (int i = 0; i < 20000; i++) {
            words.add(dev.corpus.testing.RandomText.ofPieces(random, pieces, 3));
        }
        for (String w : words) {
            assertEquals(credits.contains(w.toLowerCase(java.util.Locale.ROOT)), TextHeadline.isCreditWord(w), w);
        }
    }
}
