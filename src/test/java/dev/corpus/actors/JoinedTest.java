package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A run of tokens joined as written is the text's own span with its spaces made single. */
class JoinedTest {
    private static final Gazetteer GAZ = Gazetteer.builtIn();

    /** The tokens as written, a space wherever the text has any between two of them. */
    private static String plain(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    @Test
    void joinedRunsAreThePlainOnes() {
        String[] pieces = {"Ahold", "Díaz-Canel", "U.S.", "’s", "(", ")", "of", "the", "  ", "Gen.", "Kim"};
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            List<Token> tokens =
                    Tokenized.of(RandomText.ofPieces(random, pieces, 10)).tokens();
            String[] fold = new String[tokens.size()];
            for (int k = 0; k < fold.length; k++) {
                fold[k] = Fold.of(tokens.get(k));
            }
            BlockTokens w =
                    new BlockTokens(tokens, fold, fold, TokenChars.of(tokens), GAZ, LowerCaseWords.of(List.of()));
            for (int from = 0; from < tokens.size(); from++) {
                for (int to = from + 1; to <= Math.min(tokens.size(), from + 4); to++) {
                    assertEquals(plain(tokens, from, to), w.joined(from, to), tokens + " " + from + ".." + to);
                }
            }
        }
    }
}
