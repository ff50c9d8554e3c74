package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyHashTest {
    private static final Gazetteer GAZ = Gazetteer.builtIn();

    private static BlockTokens blockTokens(String text) {
        List<Token> tokens = Tokenized.of(text).tokens();
        String[] fold = new String[tokens.size()];
        for (int k = 0; k < fold.length; k++) {
            fold[k] = Fold.of(tokens.get(k));
        }
        return new BlockTokens(tokens, fold, fold, TokenChars.of(tokens), GAZ, LowerCaseWords.of(List.of()));
    }

    @Test
    void aKeysHashFromItsPartsIsTheKeysOwnAndTheFilteredLookUpThePlainOne() {
        String[] pieces = {
            "United",
            "Arab",
            "Emirates",
            "New",
            "York",
            "Times",
            "of",
            "the",
            "Bank",
            "England",
            "Díaz-Canel",
            "Real",
            "Madrid",
            "Ōsaka",
            "a-very-long-hyphenated-word-beyond-thirty-two-chars",
            "U.S.",
            "ß",
            "’s"
        };
        Random random = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            BlockTokens w = blockTokens(RandomText.ofPieces(random, pieces, 7));
            GazetteerMatches matches = new GazetteerMatches(w, GAZ);
            for (int from = 0; from < w.size(); from++) {
                for (int to = from + 1; to <= w.size(); to++) {
                    String key = w.key(from, to);
                    assertEquals(key.hashCode(), w.keyHash(from, to), key);
                    assertEquals(GAZ.lookup(key), matches.entry(from, to), key);
                }
            }
            // asked again, in another order: the entries remembered from the first asks are still each key's
            for (int from = w.size() - 1; from >= 0; from--) {
                for (int to = w.size(); to > from; to--) {
                    assertEquals(GAZ.lookup(w.key(from, to)), matches.entry(from, to), w.key(from, to));
                }
            }
        }
        BlockTokens known = blockTokens("the United Arab Emirates and Real Madrid");
        assertNotNull(new GazetteerMatches(known, GAZ).entry(1, 4)); // a form of three tokens is still found
    }
}
