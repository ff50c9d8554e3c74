package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordIdsTest {
    @Test
    void wordsAreNumberedInTheOrderFirstGivenAndOthersAreNone() {
        WordIds ids = new WordIds(List.of("say", "tell", "say", "warn"));
        assertEquals(3, ids.size());
        assertEquals(1, ids.of("say"));
        assertEquals(2, ids.of("tell"));
        assertEquals(3, ids.of("warn"));
        assertEquals(WordIds.NONE, ids.of("Say"));
        assertEquals(WordIds.NONE, ids.of(""));
    }

    @Test
    void tokensAreLookedUpByTheirLowerCase() {
        WordIds ids = new WordIds(List.of("police", "arrest"));
        assertArrayEquals(new int[] {0, 1, 2, 0}, ids.of(Tokenizer.tokens("The Police ARREST him")));
    }

    /** Many words, as the actors' lists hold: each keeps its number and no other word gets one. */
    @Test
    void aLargeSetAnswersEveryWordAndNoOther() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            words.add("w" + i);
        }
        WordIds ids = new WordIds(words);
        for (int i = 0; i < 20_000; i++) {
            assertEquals(i + 1, ids.of("w" + i));
            assertEquals(WordIds.NONE, ids.of("x" + i));
        }
    }

    /**
     * The words are compared with a pool of all the words' chars: words that share a hash ("Aa", "BB"), prefixes
     * of each other, empty or beyond Latin-1 are each told apart as String.equals would.
     */
    @Test
    void wordsSharingAHashOrAPrefixAreToldApart() {
        List<String> words = List.of("Aa", "say", "sa", "says", "", "\u00e9t\u00e9", "\u0436\u0443\u043a", "BB");
        WordIds ids = new WordIds(words);
        for (int i = 0; i < words.size(); i++) {
            assertEquals(i + 1, ids.of(words.get(i)), words.get(i));
        }
        assertEquals("Aa".hashCode(), "BB".hashCode());
        for (String other :
                List.of("AaBB", "s", "sayss", "ete", "\u0436\u0443", "\u0436\u0443\u043a\u0430", "Ab", "sA")) {
            assertEquals(WordIds.NONE, ids.of(other), other);
        }
    }

    /** No words: every word, the empty one too, is none. */
    @Test
    void anEmptySetHoldsNoWord() {
        WordIds ids = new WordIds(List.of());
        assertEquals(0, ids.size());
        for (String other : List.of("", "a", "Aa", "BB")) {
            assertEquals(WordIds.NONE, ids.of(other), other);
        }
    }

    /**
     * A block's tokens are looked up as each one's lower case alone is: one-char tokens through the ASCII table,
     * words beyond Latin-1 ("’s") apart from the pool, the others by their hash.
     */
    @Test
    void tokensAreNumberedAsTheirLowerCaseAlone() {
        List<String> words = List.of(",", "a", "’s", "said", ";", "I", "İ", "é", "x");
        WordIds ids = new WordIds(words);
        StringBuilder text = new StringBuilder("He said, a ‘deal’ I’s ; A x; X é É İ ı ’s 's Said. ");
        for (char c = 1; c < 200; c++) {
            text.append(c).append(' ');
        }
        List<Token> tokens = Tokenizer.tokens(text.toString());
        int[] got = ids.of(tokens);
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int want = ids.of(tokens.get(i).lower());
            assertEquals(want, got[i], tokens.get(i).text());
            if (want != WordIds.NONE) {
                found++;
            }
        }
        assertEquals(3, ids.of("’s"));
        assertEquals(WordIds.NONE, ids.of(List.of(new Token("i", 0, 1, "i")))[0]);
        assertEquals(6, ids.of(List.of(new Token("I", 0, 1, "I")))[0]); // a token's given lower case is read
        assertTrue(found > 10, "found " + found);
    }
}
