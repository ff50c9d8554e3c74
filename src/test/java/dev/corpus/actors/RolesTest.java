package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RolesTest {
    private static final Gazetteer GAZ = Gazetteer.builtIn();

    /** The plain role length: every candidate key made and looked up, no filters. */
    private static int plain(BlockTokens w, int i, int b) {
        for (int n = Math.min(GAZ.maxRoleTokens, b - i); n >= 1; n--) {
            String k = w.key(i, i + n);
            if (GAZ.roles.contains(k) || (w.text(i + n - 1).equals(".") && GAZ.roles.contains(k.replace(" .", ".")))) {
                return n;
            }
        }
        if (i + 1 < b && w.text(i + 1).equals(".") && GAZ.roles.contains(w.fold[i] + ".")) {
            return 2;
        }
        if (i < b && w.folded[i].indexOf('-') > 0) {
            for (String part : w.folded[i].split("-")) {
                if (!GAZ.roles.contains(part) && !part.equals("vice")) {
                    return 0;
                }
            }
            return 1;
        }
        return 0;
    }

    @Test
    void theFilteredRoleLengthsAreThePlainOnes() {
        List<String> pieces = new ArrayList<>();
        Random random = new Random(17);
        List<String> roleForms = new ArrayList<>(GAZ.roles);
        for (int k = 0; k < 300; k++) {
            pieces.add(roleForms.get(random.nextInt(roleForms.size())));
        }
        pieces.addAll(List.of("Gen.", "Lt.", ".", "Vice-President", "Lieutenant-General", "said", "John", "of", ","));
        String[] all = pieces.toArray(new String[0]);
        for (int i = 0; i < 3_000; i++) {
            List<Token> tokens =
                    Tokenized.of(RandomText.ofPieces(random, all, 10)).tokens();
            int n = tokens.size();
            String[] fold = new String[n];
            for (int k = 0; k < n; k++) {
                fold[k] = Fold.of(tokens.get(k));
            }
            BlockTokens w =
                    new BlockTokens(tokens, fold, fold, TokenChars.of(tokens), GAZ, LowerCaseWords.of(List.of()));
            Roles roles = new Roles(w, GAZ);
            for (int k = 0; k < n; k++) {
                assertEquals(plain(w, k, n), roles.length(k, n), tokens.toString() + " at " + k);
            }
        }
    }
}
