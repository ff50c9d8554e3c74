package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A token's list bits say what asking each list tells. */
class ListBitsTest {
    private static final Gazetteer GAZ = Gazetteer.builtIn();

    private static final Map<Integer, Set<String>> LISTS = lists();

    private static Map<Integer, Set<String>> lists() {
        Map<Integer, Set<String>> m = new LinkedHashMap<>();
        m.put(ListBits.GROUP, GAZ.groups);
        m.put(ListBits.CONNECTOR, GAZ.connectors);
        m.put(ListBits.ORG_WORD, GAZ.orgWords);
        m.put(ListBits.OF_HEAD, GAZ.ofHeads);
        m.put(ListBits.TEAM_WORD, GAZ.teamWords);
        m.put(ListBits.PLACE_PREFIX, GAZ.placePrefixes);
        m.put(ListBits.NOT_NAME, GAZ.notNames);
        m.put(ListBits.ORG_NOUN, GAZ.orgNouns);
        m.put(ListBits.PLACE_NOUN, GAZ.placeNouns);
        m.put(ListBits.PLACE_WORD, GAZ.placeWords);
        m.put(ListBits.CLUB_ROLE, GAZ.clubRoles);
        m.put(ListBits.MISC_WORD, GAZ.miscWords);
        m.put(ListBits.NUMBER_WORD, GAZ.numberWords);
        m.put(ListBits.LOCATION_PREPOSITION, GAZ.locationPrepositions);
        m.put(ListBits.COPULA, GAZ.copulas);
        m.put(ListBits.PRE_ROLE_WORD, GAZ.preRoleWords);
        m.put(ListBits.PERSON_CUE, GAZ.personCues);
        m.put(ListBits.ROLE_START, GAZ.roleStarts);
        m.put(ListBits.STOPWORD, Stopwords.words("en"));
        return m;
    }

    /** The bits of a word, one list at a time. */
    private static int plain(String word) {
        int bits = 0;
        for (Map.Entry<Integer, Set<String>> e : LISTS.entrySet()) {
            bits |= e.getValue().contains(word) ? e.getKey() : 0;
        }
        return bits;
    }

    @Test
    void everyListWordHasTheBitsOfItsLists() {
        int listed = 0;
        for (Set<String> list : LISTS.values()) {
            for (String w : list) {
                assertEquals(plain(w), GAZ.listBits.of(w), w);
                listed++;
            }
        }
        assertEquals(0, GAZ.listBits.of("zorblatt"));
        assertEquals(ListBits.GROUP, GAZ.listBits.of("experts") & ListBits.GROUP);
        assertTrue(listed > 500);
    }

    @Test
    void tokensOfRandomTextHaveTheBitsOfTheirForms() {
        List<String> pieces = new ArrayList<>();
        for (Set<String> list : LISTS.values()) {
            pieces.addAll(list);
        }
        pieces.addAll(List.of("Experts", "Guinea-Bissau", "Vice-President", "Müller", "’s", "Said", "OF", "."));
        String[] all = pieces.toArray(new String[0]);
        Random random = new Random(23);
        for (int i = 0; i < 2_000; i++) {
            List<Token> tokens =
                    Tokenized.of(RandomText.ofPieces(random, all, 12)).tokens();
            int n = tokens.size();
            String[] fold = new String[n];
            String[] folded = new String[n];
            for (int k = 0; k < n; k++) {
                fold[k] = Fold.of(tokens.get(k));
                // a gazetteer form of its own for some hyphenated tokens, as MentionFinder makes them
                folded[k] = fold[k].indexOf('-') > 0 && random.nextBoolean() ? fold[k].replace('-', ' ') : fold[k];
            }
            BlockTokens w =
                    new BlockTokens(tokens, fold, folded, TokenChars.of(tokens), GAZ, LowerCaseWords.of(List.of()));
            for (int k = 0; k < n; k++) {
                for (int bit : LISTS.keySet()) {
                    assertEquals(LISTS.get(bit).contains(folded[k]), w.in(k, bit), folded[k]);
                    assertEquals(LISTS.get(bit).contains(fold[k]), w.foldIn(k, bit), fold[k]);
                }
            }
        }
    }
}
