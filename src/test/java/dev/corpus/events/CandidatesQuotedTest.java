package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenizer;
import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Candidates#quoted}'s pass over a block without quotation marks against the plain walk over its tokens. */
class CandidatesQuotedTest {
    private static final long SEED = 20261123L;

    private static final String[] PIECES = {
        "\"", "\u201c", "\u201d", "'", "said", "X", ".", ",", "talks", "«", "»", "\"war\"", "\u201cpeace\u201d", "a-b"
    };

    /** The walk over every token, as it was before the text was scanned first. */
    private static boolean[] reference(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean in = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            char c = t.length() == 1 ? t.charAt(0) : 0;
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                in = c == '\u201c' || (c != '\u201d' && !in);
                out[i] = true;
                continue;
            }
            out[i] = in;
        }
        return out;
    }

    @Test
    void agreesWithTheWalkOverTheTokens() {
        Random random = new Random(SEED);
        int withQuotes = 0;
        for (int k = 0; k < 5000; k++) {
            String text = RandomText.ofPieces(random, PIECES, 12);
            List<Token> tokens = Tokenizer.tokens(text);
            boolean[] expected = reference(tokens);
            assertArrayEquals(expected, Candidates.quoted(text, tokens), text);
            for (boolean q : expected) {
                if (q) {
                    withQuotes++;
                    break;
                }
            }
        }
        assertTrue(withQuotes > 1000 && withQuotes < 4900, withQuotes + " texts with a quoted token");
    }
}
