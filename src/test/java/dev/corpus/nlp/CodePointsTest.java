package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void loneSurrogatesCountAsOneCodePointEach() {
        // halves apart, and a low half before a high one, are no pair
        for (String text : new String[] {"a\uD800b\uDC00c", "a\uDC00\uD800b", "\uD800"}) {
            CodePoints cp = new CodePoints(text);
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(i, cp.of(i), text);
            }
        }
    }

    @Test
    void aPairCountsAsOneAndItsLowHalfMapsToIt() {
        CodePoints cp = new CodePoints("a\uD83D\uDE00b");
        assertEquals(0, cp.of(0));
        assertEquals(1, cp.of(1));
        assertEquals(1, cp.of(2));
        assertEquals(2, cp.of(3));
        assertEquals(3, cp.of(4));
    }

    @Test
    void latinAndOtherTextsWithoutPairsMapCharsToThemselves() {
        for (String text : new String[] {"", "plain ASCII", "café – “quoted”", "日本語 text"}) {
            CodePoints cp = new CodePoints(text);
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(i, cp.of(i), text);
            }
        }
    }
}
