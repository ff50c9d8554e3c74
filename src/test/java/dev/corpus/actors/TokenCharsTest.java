package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenCharsTest {
    private static final String ALPHABET = "aZ-.'’ é\u007f\u0080Ł\uD835\uDC4E1";

    @Test
    void theOnePassFlagsAgreeWithTheirPlainScans() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String s = RandomText.of(random, ALPHABET, 8);
            byte flags = TokenChars.of(s);
            assertEquals(Fold.ascii(s), TokenChars.is(flags, TokenChars.ASCII), s);
            assertEquals(s.indexOf('-') > 0, TokenChars.is(flags, TokenChars.HYPHEN), s);
        }
    }

    @Test
    void theTokenizersFlagsAgreeWithTheScanOfEachToken() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.of(random, ALPHABET + "\u2010&s", 30);
            Tokenized t = Tokenized.of(text);
            assertEquals(t.tokens().size(), t.chars().length, text);
            for (int k = 0; k < t.chars().length; k++) {
                assertEquals(TokenChars.of(t.tokens().get(k).text()), t.chars()[k], text);
            }
        }
        // a document's tokenizer, its flag buffer reused from block to block
        Tokenized.Cache cache = new Tokenized.Cache();
        for (int i = 0; i < 2_000; i++) {
            Tokenized t = cache.of(RandomText.of(random, ALPHABET, 200));
            for (int k = 0; k < t.chars().length; k++) {
                assertEquals(TokenChars.of(t.tokens().get(k).text()), t.chars()[k]);
            }
        }
    }

    /** The plain name-start test: a capitalized word whose last hyphen is not followed by a lower-case letter. */
    private static boolean plainNameStart(Token x) {
        if (!x.isWord() || !Character.isUpperCase(x.text().codePointAt(0))) {
            return false;
        }
        int h = x.text().lastIndexOf('-');
        return h < 0
                || h + 1 >= x.text().length()
                || !Character.isLowerCase(x.text().charAt(h + 1));
    }

    @Test
    void blockTokensFastPathsAgreeWithThePlainTests() {
        Random random = new Random(11);
        String[] pieces = {
            "Top-seeded",
            "Al-Qaeda-linked",
            "Japan-North",
            "Guinea-Bissau",
            "Díaz-Canel",
            "x-ray",
            "U.S.",
            "- ",
            "Vice-President",
            "Gen.",
            "O'Neil's",
            "ÉCOLE",
            "école",
            "Ōsaka-Kobe",
            "A-",
            "said",
            "Ł-ódź",
            "NATO's",
            "AT&T",
            "DPRK",
            "iPhone",
            "ÀB",
            "X1",
            "\u201cQuoted\u201d",
            "\u2014",
            "\ud835\udc4ebc",
            "\ud835\udc00BC",
            "\u00aa",
            "\u2170"
        };
        for (int i = 0; i < 2_000; i++) {
            List<Token> tokens =
                    Tokenized.of(RandomText.ofPieces(random, pieces, 12)).tokens();
            int n = tokens.size();
            String[] fold = new String[n];
            for (int k = 0; k < n; k++) {
                fold[k] = Fold.of(tokens.get(k));
            }
            BlockTokens w = new BlockTokens(
                    tokens, fold, fold, TokenChars.of(tokens), Gazetteer.builtIn(), LowerCaseWords.of(List.of()));
            for (int k = 0; k < n; k++) {
                String t = tokens.get(k).text();
                assertEquals(plainNameStart(tokens.get(k)), w.is(k, BlockTokens.NAME), t);
                int first = t.codePointAt(0);
                assertEquals(tokens.get(k).isWord(), w.is(k, BlockTokens.WORD), t);
                assertEquals(tokens.get(k).isCapitalized(), w.is(k, BlockTokens.CAP), t);
                assertEquals(tokens.get(k).isWord() && Character.isLetter(first), w.is(k, BlockTokens.LETTER), t);
                assertEquals(Character.isDigit(first), w.is(k, BlockTokens.DIGIT), t);
                if (w.is(k, BlockTokens.LETTER)) {
                    assertEquals(tokens.get(k).isAllCaps(), w.is(k, BlockTokens.ALL_CAPS), t);
                }
                if (w.plainForm(k)) {
                    String f = w.folded[k];
                    assertTrue(!f.isEmpty() && f.indexOf(' ') < 0 && f.indexOf('-') <= 0, t);
                }
            }
        }
    }
}
