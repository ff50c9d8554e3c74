package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.testing.RandomText;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockTokensReadTest {
    private static final Gazetteer GAZ = Gazetteer.builtIn();

    /** The gazetteer form worked out plainly: the folded text, or its hyphens as spaces when only that is known. */
    private static String plainForm(String folded) {
        if (folded.indexOf('-') > 0 && GAZ.lookup(folded) == null) {
            String spaced = folded.replace('-', ' ');
            if (GAZ.lookup(spaced) != null) {
                return spaced;
            }
        }
        return folded;
    }

    @Test
    void foldsEachTokenInTheSamePassAsTheWholeFormsWould() {
        Tokenized t = Tokenized.of("Guinea-Bissau’s “Ólafur” met the Vice-President of Côte d'Ivoire — "
                + "Top-seeded ÉCOLE x-ray IBM’s Señor Muñoz, Japan-North Korea talks, Guinea-Bissau again.");
        List<Token> tokens = t.tokens();
        LowerCaseWords words = LowerCaseWords.forTexts(List.of(t));
        BlockTokens read = BlockTokens.read(tokens, t.chars(), GAZ, words, false, new HashMap<>());
        String[] fold = new String[tokens.size()];
        String[] folded = new String[tokens.size()];
        for (int k = 0; k < fold.length; k++) {
            fold[k] = Fold.of(tokens.get(k).text());
            folded[k] = plainForm(fold[k]);
        }
        BlockTokens plain = new BlockTokens(tokens, fold, folded, t.chars(), GAZ, words);
        int spaced = 0;
        for (int k = 0; k < fold.length; k++) {
            String x = tokens.get(k).text();
            assertEquals(fold[k], read.fold[k], x);
            assertEquals(folded[k], read.folded[k], x);
            assertEquals(plain.plainForm(k), read.plainForm(k), x);
            for (byte flag : new byte[] {BlockTokens.WORD, BlockTokens.CAP, BlockTokens.NAME, BlockTokens.LOWER}) {
                assertEquals(plain.is(k, flag), read.is(k, flag), x);
            }
            for (int bit = 1; bit <= ListBits.STOPWORD; bit <<= 1) {
                assertEquals(plain.in(k, bit), read.in(k, bit), x);
                assertEquals(plain.foldIn(k, bit), read.foldIn(k, bit), x);
            }
            spaced += folded[k].indexOf(' ') > 0 ? 1 : 0;
        }
        assertEquals(2, spaced, "Guinea-Bissau twice in the gazetteer's form");
    }

    /**
     * The shape read in the per-token loop (a first char that is no ASCII capital from a table) against the
     * token's own tests, and the reader's gate against the tests readAt asks: a word that starts a group, a
     * role or a name. Random texts over ASCII and other letters, digits, marks and a few list words.
     */
    @Test
    void shapesAndTheReadGateAgreeWithThePlainTests() {
        String[] pieces = {
            "a",
            "Zb",
            "9",
            "9AB",
            "US",
            "É",
            "é",
            "ß",
            "Ω",
            "\uD835\uDC4E",
            "-",
            "'s",
            "\u2019s",
            ".",
            ",",
            "\u201c",
            "\u00a7",
            " ",
            " ",
            " experts ",
            " president ",
            " the ",
            " Gen",
            " vice-president ",
            " Al-Qaeda-linked ",
            " Top-seeded ",
            " said ",
            " of "
        };
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String text = RandomText.ofPieces(random, pieces, 12);
            Tokenized t = Tokenized.of(text);
            if (t.tokens().isEmpty()) {
                continue;
            }
            BlockTokens w = BlockTokens.read(
                    t.tokens(), t.chars(), GAZ, LowerCaseWords.forTexts(List.of(t)), false, new HashMap<>());
            for (int k = 0; k < w.size(); k++) {
                Token x = t.tokens().get(k);
                int first = x.text().codePointAt(0);
                String m = text + " @" + k + " " + x.text();
                assertEquals(x.isWord(), w.is(k, BlockTokens.WORD), m);
                assertEquals(x.isCapitalized(), w.is(k, BlockTokens.CAP), m);
                assertEquals(x.isWord() && Character.isLetter(first), w.is(k, BlockTokens.LETTER), m);
                assertEquals(Character.isDigit(first), w.is(k, BlockTokens.DIGIT), m);
                assertEquals(LowerCaseWords.startsLower(x), w.is(k, BlockTokens.LOWER), m);
                if (w.is(k, BlockTokens.LETTER)) {
                    assertEquals(x.isAllCaps(), w.is(k, BlockTokens.ALL_CAPS), m);
                }
                boolean starts = w.is(k, BlockTokens.NAME) || w.foldIn(k, ListBits.GROUP) || w.mayStartRole(k);
                assertEquals(x.isWord() && starts, w.is(k, BlockTokens.READ), m);
            }
        }
    }
}
