package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static int count(String text) {
        List<Token> t = Tokenizer.tokens(text);
        return Sentences.split(t).size();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(1, count("Dr. Smith met J. R. Jones in the U.S. capital."));
        assertEquals(2, count("He went to the U.S. The trip was long."));
        assertEquals(2, count("It rained. \"Then it stopped,\" she said."));
    }

    @Test
    void tokensKeepOffsetsAndSplitPossessives() {
        List<Token> t = Tokenizer.tokens("Kim Il Sung’s U.S. visit");
        assertEquals("Sung", t.get(2).text());
        assertEquals("’s", t.get(3).text());
        assertEquals("U.S.", t.get(4).text());
        assertEquals(14, t.get(4).start());
    }

    @Test
    void aRunWithoutSentenceEndsIsCutIntoBoundedSentences() {
        List<Token> t = Tokenizer.tokens("and then more words, ".repeat(1000));
        List<int[]> sentences = Sentences.split(t);
        int from = 0;
        for (int[] s : sentences) {
            assertEquals(from, s[0], "sentences tile the tokens");
            assertTrue(s[1] - s[0] <= Sentences.MAX_TOKENS, "at most MAX_TOKENS");
            from = s[1];
        }
        assertEquals(t.size(), from);
        assertEquals(1, count("One ordinary sentence, with a comma, ends here."));
    }

    @Test
    void aTokenThatMayNotEndASentenceIsNoneOfTheEndMarks() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String t = RandomText.of(random, "a.!?Z\u2026", 5);
            boolean plain = t.equals("!") || t.equals("?") || t.equals(".") || t.endsWith(".") && t.length() > 2;
            assertTrue(Sentences.mayEnd(t) || !plain, t);
        }
    }

    @Test
    void aLongRunIsCutEveryMaxTokensUntilASentenceEnds() {
        // 600 words, an end after word 300 ("x. Next"), then 400 words more
        String text = "w ".repeat(300) + "x. Next " + "w ".repeat(399);
        List<int[]> s = Sentences.split(Tokenizer.tokens(text));
        int max = Sentences.MAX_TOKENS;
        int end = 302; // 300 words, "x" and "."
        assertEquals(List.of("0-" + max, max + "-" + end, end + "-" + (end + max), (end + max) + "-702"), ranges(s));
    }

    @Test
    void theTokenizerNotesTheSameSentenceEndsAsASplitOfItsTokens() {
        Random random = new Random(11);
        String[] pieces = {
            "word",
            " ",
            " ",
            "Word",
            ".",
            ". ",
            "! ",
            "? ",
            "U.S.",
            " The",
            "Dr.",
            "\"",
            "\u201d",
            ")",
            "'s",
            "\u2026",
            "\uD83D\uDE00",
            "9",
            " w".repeat(260)
        };
        Tokenizer tokenizer = new Tokenizer(); // one document's: its buffers carry over from text to text
        for (int i = 0; i < 3_000; i++) {
            String text = RandomText.ofPieces(random, pieces, 40);
            Tokenized t = tokenizer.tokenized(text);
            assertEquals(ranges(Sentences.split(t.tokens())), ranges(t.sentences()), text);
        }
    }

    private static List<String> ranges(List<int[]> sentences) {
        return sentences.stream().map(r -> r[0] + "-" + r[1]).toList();
    }
}
