package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TokenizedCacheTest {
    @Test
    void aDocumentsSourceGetsItsCodePointsOnceAndAnotherTextItsOwn() {
        Tokenized.Cache cache = new Tokenized.Cache();
        String source = "a \uD83D\uDE00 b";
        CodePoints first = cache.codePoints(source);
        assertSame(first, cache.codePoints(source));
        assertEquals(3, first.of(4), "the char after the pair is the third code point");
        String other = "plain";
        CodePoints second = cache.codePoints(other);
        assertNotSame(first, second);
        assertEquals(4, second.of(4));
    }

    @Test
    void aBlockIsTokenizedOnce() {
        Tokenized.Cache cache = new Tokenized.Cache();
        String text = "He said so. Then he left.";
        assertSame(cache.of(text), cache.of(text));
        assertEquals(2, cache.of(text).sentences().size());
    }
}
