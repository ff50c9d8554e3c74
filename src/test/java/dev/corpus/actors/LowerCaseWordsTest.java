package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
    private static final String TEXT = "the Police said iPhone sales fell; ólafur met Ólafur and ß, 3 ª ⅰ ⓐ "
            + "x-ray O'Neil's ’s 𝑎bc \"quoted\" e.g. U.S. plans";

    /** The plain test: a word whose first code point is lower case. */
    private static boolean plain(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().codePointAt(0));
    }

    @Test
    void theFastTestOfAFirstLetterAgreesWithThePlainOne() {
        for (Token t : Tokenized.of(TEXT).tokens()) {
            assertEquals(plain(t), LowerCaseWords.startsLower(t), t.text());
        }
        for (char c = 1; c < 0xFFFF; c++) { // every char, lone surrogates too
            Token t = new Token(String.valueOf(c), 0, 1);
            assertEquals(plain(t), LowerCaseWords.startsLower(t), Integer.toHexString(c));
        }
    }

    @Test
    void blockTokensGatherTheWordsAsTheWholeTextsPassDoes() {
        Gazetteer gaz = Gazetteer.builtIn();
        List<Tokenized> texts =
                List.of(Tokenized.of(TEXT), Tokenized.of("said the police, and the other police"), Tokenized.of(""));
        LowerCaseWords plain = LowerCaseWords.of(texts);
        LowerCaseWords gathered = LowerCaseWords.forTexts(texts);
        for (Tokenized t : texts) {
            List<Token> tokens = t.tokens();
            String[] fold = new String[tokens.size()];
            for (int k = 0; k < fold.length; k++) {
                fold[k] = Fold.of(tokens.get(k));
            }
            new BlockTokens(tokens, fold, fold, t.chars(), gaz, gathered, true);
        }
        for (Tokenized t : texts) {
            for (Token x : t.tokens()) {
                assertEquals(plain.contains(x.text()), gathered.contains(x.text()), x.text());
                assertEquals(plain.contains(x.lower()), gathered.contains(x.lower()), x.lower());
            }
        }
        assertEquals(true, gathered.contains("police"));
        assertEquals(false, gathered.contains("Police"));
    }

    @Test
    void growsToHoldADocumentsManyWords() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(i % 3 == 0 ? "Word" : "word")
                    .append(Integer.toString(i, 36))
                    .append(' ');
        }
        List<Tokenized> texts = List.of(Tokenized.of(text.toString()));
        LowerCaseWords words = LowerCaseWords.of(texts);
        for (Token x : texts.get(0).tokens()) {
            assertEquals(plain(x), words.contains(x.text()), x.text());
        }
        assertEquals(false, words.contains("absent"));
    }

    @Test
    void holdsTheWordsAHashSetWouldAndNoOthers() {
        List<Tokenized> texts = List.of(Tokenized.of(TEXT), Tokenized.of("said the police, and the other police"));
        Set<String> expected = new HashSet<>();
        for (Tokenized t : texts) {
            for (Token x : t.tokens()) {
                if (plain(x)) {
                    expected.add(x.text());
                }
            }
        }
        LowerCaseWords words = LowerCaseWords.of(texts);
        for (Tokenized t : texts) {
            for (Token x : t.tokens()) {
                assertEquals(expected.contains(x.text()), words.contains(x.text()), x.text());
                assertEquals(expected.contains(x.lower()), words.contains(x.lower()), x.lower());
            }
        }
        assertEquals(false, words.contains("absent"));
        assertEquals(false, LowerCaseWords.of(List.of()).contains("the"));
    }
}
