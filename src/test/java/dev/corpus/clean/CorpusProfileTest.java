package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorpusProfileTest {
    @Test
    void aKeyWrittenIntoABufferHashesAsTheKeyString() {
        String[] texts = {"Share on Facebook", "  [AD] Read more (2) … ", "Ünïcödé — Überall’s", "", "1234"};
        for (String text : texts) {
            char[] buffer = new char[text.length()];
            int length = Boilerplate.key(text, buffer);
            String key = Boilerplate.key(text);
            assertEquals(key, new String(buffer, 0, length));
            assertEquals(CorpusProfile.hash(key), CorpusProfile.hash(buffer, length));
        }
        assertEquals("share on facebook", Boilerplate.key("Share on Facebook"));
    }
}
