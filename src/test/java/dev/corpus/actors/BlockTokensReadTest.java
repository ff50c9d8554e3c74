package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import java.util.HashMap;
import java.util.List;
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
}
