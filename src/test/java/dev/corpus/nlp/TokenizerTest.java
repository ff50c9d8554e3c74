package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    /** The plain tokenizer the fast one replaced: String.charAt, Character's tables, toLowerCase per token. */
    private static List<Token> plain(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                int w = Character.charCount(text.codePointAt(i));
                out.add(new Token(text.substring(i, i + w), i, i + w));
                i += w;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInner(text, i))) {
                i++;
            }
            if (i < n && text.charAt(i) == '.' && isDotted(text, start, i)) {
                i++;
            }
            int end = i;
            int poss = -1;
            if (end - start > 2) {
                char a = text.charAt(end - 2);
                char s = text.charAt(end - 1);
                if ((a == '\'' || a == '\u2019') && (s == 's' || s == 'S')) {
                    poss = end - 2;
                }
            }
            if (poss > start) {
                out.add(new Token(text.substring(start, poss), start, poss));
                out.add(new Token(text.substring(poss, end), poss, end));
            } else {
                out.add(new Token(text.substring(start, end), start, end));
            }
        }
        return out;
    }

    private static boolean isInner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '.' || c == '&';
        return joiner
                && i > 0
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isDotted(String text, int start, int end) {
        if ((end - start) % 2 != 1 || end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if ((k - start) % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    @Test
    void theFastScanGivesThePlainTokensAndLowerCases() {
        // ASCII letters, digits, joiners, spaces and controls; Latin-1 and other letters (İ lower-cases to two
        // chars), a no-break, an em and a figure space, curly quotes, dashes, the ends of General Punctuation
        // and the char after it, a surrogate pair and a lone surrogate
        String alphabet =
                "aZs9 .'-&!\t\n\u001c\u007fÉßİ\u00a0\u2003\u2007\u2019\u2010\u201c\u2014\u206f\u2070\uD835\uDC4E\uDC00";
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.of(random, alphabet, 24);
            assertEquals(plain(text), Tokenizer.tokens(text), text);
        }
        // one tokenizer for many texts, as a document's: its buffer, longer than a short text after a long
        // one, must not let a joiner at a text's end see the chars of the text before
        Tokenizer document = new Tokenizer();
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.of(random, alphabet, i % 7 == 0 ? 60 : 12);
            assertEquals(plain(text), document.tokenize(text), text);
        }
        assertEquals(plain("a long text first, then"), document.tokenize("a long text first, then"));
        assertEquals(plain("x-"), document.tokenize("x-"));
        String news = "Díaz-Canel told AT&T's CEO in the U.S. on Monday: \"It's fine,\" O'Neil said — ÉCOLE d'été.";
        assertEquals(plain(news), Tokenizer.tokens(news));
        for (Token t : Tokenizer.tokens(news)) {
            assertEquals(t.text().toLowerCase(Locale.ROOT), t.lower(), t.text());
        }
    }

    @Test
    void aMarkOfGeneralPunctuationIsOneSharedString() {
        List<Token> tokens = Tokenizer.tokens("\u201cYes\u201d \u2014 and \u201cno\u201d \u2014 \u00a7");
        assertSame(tokens.get(0).text(), tokens.get(5).text(), "the opening quotes");
        assertSame(tokens.get(3).text(), tokens.get(8).text(), "the dashes");
        assertSame(tokens.get(3).text(), tokens.get(3).lower(), "a mark is its own lower case");
        assertEquals("\u00a7", tokens.get(9).text()); // beyond the shared range: a string of its own
    }
}
