package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.testing.RandomText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FoldedTable's look-ups, which skip most slices by their length and ends, against the plain map look-up. */
class FoldedTableTest {
    private static final String ALPHABET = "aAbBeEsStT ÄäİıΣσςé\u0307\uD801\uDC00\uD801\uDC28";

    private static void checkAll(Map<String, Integer> map, long seed) {
        FoldedTable table = new FoldedTable(map);
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.of(random, ALPHABET, 8);
            int start = text.isEmpty() ? 0 : random.nextInt(text.length());
            int end = start + random.nextInt(text.length() - start + 1);
            Integer expected = map.get(text.substring(start, end).toLowerCase(Locale.ROOT));
            int want = expected == null ? 0 : expected;
            assertEquals(want, table.get(text, start, end), text + " " + start + " " + end);
            assertEquals(want, table.get(text.toCharArray(), start, end), text + " " + start + " " + end);
        }
        for (String key : map.keySet()) {
            for (String variant : List.of(key, key.toUpperCase(Locale.ROOT), key + "s", "s" + key)) {
                Integer expected = map.get(variant.toLowerCase(Locale.ROOT));
                assertEquals(expected == null ? 0 : expected, table.get(variant.toCharArray(), 0, variant.length()));
            }
        }
    }

    private static Map<String, Integer> keys(String... keys) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], i + 1);
        }
        return map;
    }

    @Test
    void aLookUpIsTheLookUpOfTheLowerCase() {
        checkAll(
                keys("a", "at", "bat", "beast", "east", "tea", "set", "seas", "äs", "tä", "σας", "ést", "bbbbbbbbbb"),
                5);
    }

    @Test
    void keysThatRuleTheLengthFilterOutAreFoundAsWell() {
        // a combining dot (from a dotted capital I) or a surrogate pair: a slice's lower case may be longer
        checkAll(keys("ai\u0307t", "bat", "tea"), 6);
        checkAll(keys("s\uD801\uDC28t", "bat", "tea"), 7);
    }

    @Test
    void lowerCasingMakesACharLongerOnlyIntoSurrogatesOrWithACombiningDot() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new String(Character.toChars(cp));
            String lower = c.toLowerCase(Locale.ROOT);
            assertTrue(lower.length() >= c.length(), "shorter: " + cp);
            if (lower.length() > c.length()) {
                assertTrue(
                        lower.indexOf('\u0307') >= 0 || lower.chars().anyMatch(ch -> Character.isSurrogate((char) ch)),
                        "longer: " + cp);
            }
        }
    }
}
