package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorpusProfileTest {
    @Test
    void aKeyWrittenIntoABufferHashesAsTheKeyString() {
        String[] texts = {"Share on Facebook", "  [AD] Read more (2) … ", "Ünïcödé — Überall’s", "", "1234"};
        for (String text : texts) {
            KeyBuffer buffer = new KeyBuffer();
            long hash = buffer.hash(text);
            String key = Boilerplate.key(text);
            assertEquals(key, buffer.key());
            assertEquals(key.length(), buffer.length());
            assertEquals(CorpusProfile.hash(key), hash);
        }
        assertEquals("share on facebook", Boilerplate.key("Share on Facebook"));
    }

    @Test
    void aKeyIsLowerCaseWordsWithoutBracketsDigitsOrPunctuation() {
        assertEquals("share on-line facebook's", Boilerplate.key("Share (2) [AD] on-line \u2013 Facebook\u2019s"));
        assertEquals("x d", Boilerplate.key("]x) (a [b] c) d"));
        assertEquals("äöü-straße q' x- ab", Boilerplate.key("ÄÖÜ-straße \u2018q\u2019 -x- 12ab"));
        assertEquals("out", Boilerplate.key("((deep) still) out"));
        assertEquals("a b", Boilerplate.key("a - b"));
        assertEquals("\u01c6 ß i", Boilerplate.key("\u216b \u01c5 ß \u0130"));
    }
}
