package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import java.util.ArrayList;
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
        // the function words written as their own lower case are left to the stopwords: common either way
        for (Tokenized t : texts) {
            for (Token x : t.tokens()) {
                assertEquals(common(plain, x.text()), common(gathered, x.text()), x.text());
                assertEquals(common(plain, x.lower()), common(gathered, x.lower()), x.lower());
            }
        }
        assertEquals(true, gathered.contains("police"));
        assertEquals(false, gathered.contains("Police"));
        assertEquals(true, plain.contains("the"));
        assertEquals(false, gathered.contains("the"));
    }

    private static boolean common(LowerCaseWords words, String w) {
        return words.contains(w) || Stopwords.isStopword(w, "en");
    }

    @Test
    void aBlocksCommonWordsAreTheDocumentsLowerCaseWordsAndTheStopwords() {
        Gazetteer gaz = Gazetteer.builtIn();
        List<Tokenized> texts = List.of(
                Tokenized.of(TEXT),
                Tokenized.of("The police said The Police and Police were there; It's Absent. O'Neil's THE Said."),
                Tokenized.of("it was said the police were absent, and o'neil was there. Über über Ólafur ólafur"));
        LowerCaseWords plain = LowerCaseWords.of(texts);
        LowerCaseWords gathered = LowerCaseWords.forTexts(texts);
        List<BlockTokens> blocks = new ArrayList<>();
        for (Tokenized t : texts) {
            List<Token> tokens = t.tokens();
            String[] fold = new String[tokens.size()];
            for (int k = 0; k < fold.length; k++) {
                fold[k] = Fold.of(tokens.get(k));
            }
            blocks.add(new BlockTokens(tokens, fold, fold, t.chars(), gaz, gathered, true));
        }
        int common = 0;
        for (BlockTokens b : blocks) {
            for (int k = 0; k < b.size(); k++) {
                String f = b.tokens.get(k).lower();
                int apostrophe = Math.max(f.indexOf('\''), f.indexOf('\u2019'));
                f = apostrophe > 0 ? f.substring(0, apostrophe) : f;
                assertEquals(common(plain, f), b.isCommonWord(k), b.text(k));
                assertEquals(Stopwords.isStopword(b.fold[k], "en"), b.in(k, ListBits.STOPWORD), b.text(k));
                common += b.isCommonWord(k) ? 1 : 0;
            }
        }
        assertEquals(true, common > 20, "common words " + common);
    }

    @Test
    void theStopwordBitIsTheEnglishList() {
        Set<String> words = Stopwords.words("en");
        assertEquals(true, words.size() > 100);
        for (String w : words) {
            assertEquals(true, Stopwords.isStopword(w, "en"), w);
            assertEquals(ListBits.STOPWORD, Gazetteer.builtIn().listBits.of(w) & ListBits.STOPWORD, w);
        }
        for (String w : List.of("police", "absent", "obama", "x", "")) {
            assertEquals(false, Stopwords.isStopword(w, "en"), w);
            assertEquals(0, Gazetteer.builtIn().listBits.of(w) & ListBits.STOPWORD, w);
        }
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
