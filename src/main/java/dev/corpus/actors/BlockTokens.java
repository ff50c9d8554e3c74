package dev.corpus.actors;

import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.Token;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one block and what is known of each, worked out once: the name rules ask the same questions of
 * the same tokens many times over. Holds each token's folded text (and its gazetteer form), its shape (word,
 * capitalized, all caps, name start, ...), the small word lists that hold it ({@link ListBits}), and, worked
 * out on first use, whether it is a common word or a given name. One block, one thread.
 */
final class BlockTokens {
    /** {@link Token#isWord}. */
    static final byte WORD = 1;
    /** {@link Token#isCapitalized}. */
    static final byte CAP = 2;
    /** {@link Token#isAllCaps}, of a word starting with a letter (the only ones asked). */
    static final byte ALL_CAPS = 4;
    /** {@link #isNameStart}. */
    static final byte NAME = 8;
    /** A word that starts with a letter. */
    static final byte LETTER = 16;
    /** Starts with a digit. */
    static final byte DIGIT = 32;
    /** A word starting with a lower-case letter: {@link LowerCaseWords#startsLower}. */
    static final byte LOWER = 64;
    /**
     * A word a sentence's reading may start something at: a name start, a group word or a role's first word.
     * Most tokens are none, and the reader passes over them on this bit alone.
     */
    static final byte READ = (byte) 128;

    /** The {@link #shapeOf shape} of a token by its first char, for the ASCII chars that are no capital. */
    private static final byte[] ASCII_SHAPES = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            if (!(c >= 'A' && c <= 'Z')) {
                ASCII_SHAPES[c] = shapeOf(new Token(String.valueOf(c), 0, 1), TokenChars.ASCII);
            }
        }
    }

    /** 31 to the n for the lengths of most words. */
    private static final int[] POW31 = new int[32];

    static {
        POW31[0] = 1;
        for (int n = 1; n < POW31.length; n++) {
            POW31[n] = POW31[n - 1] * 31;
        }
    }

    // the lazily known facts hold 0 (not yet known), YES or NO
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final Gazetteer gaz;
    private final LowerCaseWords docLower;
    final List<Token> tokens;
    /** Folded text of each token. */
    final String[] fold;
    /** Folded text of each token, in the gazetteer's form ("guinea bissau" for "Guinea-Bissau"). */
    final String[] folded;
    /** The shape of each token ({@link #WORD}, {@link #CAP}, ...), read once from its first chars. */
    private final byte[] shape;
    /** {@link TokenChars} of each token. */
    private final byte[] chars;

    /** The {@link ListBits} of each token's gazetteer form. */
    private final int[] lists;
    /** The {@link ListBits} of each token's folded text (its gazetteer form's but for a few hyphenated names). */
    private final int[] foldLists;

    private final byte[] common;
    private final byte[] given;

    /**
     * @param fold each token's folded text
     * @param folded the same in the gazetteer's form
     * @param chars each token's {@link TokenChars}
     * @param docLower the words the document writes in lower case (a capitalized one of them is no name)
     */
    BlockTokens(
            List<Token> tokens, String[] fold, String[] folded, byte[] chars, Gazetteer gaz, LowerCaseWords docLower) {
        this(tokens, fold, folded, chars, gaz, docLower, false);
    }

    /**
     * As the plain constructor; when {@code collect}, the tokens that start with a lower-case letter are also
     * added to {@code docLower}, which is being filled with the document's words.
     */
    BlockTokens(
            List<Token> tokens,
            String[] fold,
            String[] folded,
            byte[] chars,
            Gazetteer gaz,
            LowerCaseWords docLower,
            boolean collect) {
        this(tokens, fold, folded, chars, gaz, docLower, collect, null);
    }

    /**
     * The tokens of one block of a document, each one's folded text and gazetteer form worked out in the same
     * pass over the tokens as the rest (a pass of their own read every token twice).
     *
     * @param nonAscii the document's folded forms of its tokens with non-ASCII chars, made once each ("’s",
     *     "“", "—" and accented names recur)
     */
    static BlockTokens read(
            List<Token> tokens,
            byte[] chars,
            Gazetteer gaz,
            LowerCaseWords docLower,
            boolean collect,
            Map<String, String> nonAscii) {
        int n = tokens.size();
        return new BlockTokens(tokens, new String[n], new String[n], chars, gaz, docLower, collect, nonAscii);
    }

    /** @param nonAscii when given, {@code fold} and {@code folded} are empty, to be filled here */
    private BlockTokens(
            List<Token> tokens,
            String[] fold,
            String[] folded,
            byte[] chars,
            Gazetteer gaz,
            LowerCaseWords docLower,
            boolean collect,
            @Nullable Map<String, String> nonAscii) {
        this.gaz = gaz;
        this.docLower = docLower;
        this.tokens = tokens;
        this.fold = fold;
        this.folded = folded;
        this.chars = chars;
        int n = tokens.size();
        shape = new byte[n];
        lists = new int[n];
        foldLists = new int[n];
        // Every token of the document passes this loop, and the launcher's JVM options inline no callee of
        // over 50 bytecodes: what most tokens need (an ASCII word without a hyphen or capital, a mark) is
        // worked out in the loop, the rest in methods of their own.
        for (int k = 0; k < n; k++) {
            Token x = tokens.get(k);
            byte cf = chars[k];
            if (nonAscii != null) {
                if ((cf & (TokenChars.ASCII | TokenChars.HYPHEN)) == TokenChars.ASCII) {
                    fold[k] = x.lower(); // what fold gives: the lower case, its own gazetteer form
                    folded[k] = fold[k];
                } else {
                    fold(k, x, nonAscii);
                }
            }
            char c = x.text().charAt(0);
            // no capital: an ASCII first char tells the whole shape (shapeOf asks more only of capitals)
            byte sh = c < 128 && !(c >= 'A' && c <= 'Z') ? ASCII_SHAPES[c] : shapeOf(x, cf);
            int bits = gaz.listBits.of(folded[k]);
            lists[k] = bits;
            foldLists[k] = fold[k] == folded[k] ? bits : gaz.listBits.of(fold[k]);
            if ((sh & WORD) != 0
                    && ((sh & NAME) != 0
                            || (foldLists[k] & ListBits.GROUP) != 0
                            || (bits & ListBits.ROLE_START) != 0
                            || !plainForm(k) && mayStartRole(k))) {
                sh |= READ;
            }
            shape[k] = sh;
            // a function word written as its own lower case is common by its list bit: the document's words
            // need not hold it (isCommonWord asks the stopwords anyway), and these recur the most
            if (collect && (sh & LOWER) != 0 && !(folded[k] == x.text() && (bits & ListBits.STOPWORD) != 0)) {
                docLower.add(x.text());
            }
        }
        common = new byte[n];
        given = new byte[n];
    }

    /**
     * Token k's folded text: {@link Fold#of} (an ASCII token's is its lower case), and its gazetteer form. An
     * ASCII token's folded form has its hyphens where the token has them.
     */
    private void fold(int k, Token x, Map<String, String> nonAscii) {
        boolean ascii = TokenChars.is(chars[k], TokenChars.ASCII);
        String f = ascii ? x.lower() : nonAscii.computeIfAbsent(x.text(), Fold::of);
        fold[k] = f;
        folded[k] = gazetteerForm(gaz, f, ascii ? TokenChars.is(chars[k], TokenChars.HYPHEN) : f.indexOf('-') > 0);
    }

    /**
     * The gazetteer's form of a folded token: its dictionaries write "Guinea-Bissau" with a space.
     *
     * @param hyphen whether the folded token has a hyphen after its first char
     */
    static String gazetteerForm(Gazetteer gaz, String folded, boolean hyphen) {
        if (hyphen && gaz.lookup(folded) == null) {
            String spaced = folded.replace('-', ' ');
            if (gaz.lookup(spaced) != null) {
                return spaced;
            }
        }
        return folded;
    }

    int size() {
        return tokens.size();
    }

    String text(int k) {
        return tokens.get(k).text();
    }

    /** Whether token k has the shape flag ({@link #WORD}, {@link #CAP}, ...). */
    boolean is(int k, byte flag) {
        return (shape[k] & flag) != 0;
    }

    /** Whether token k's gazetteer form is in the list of this {@link ListBits} bit. */
    boolean in(int k, int list) {
        return (lists[k] & list) != 0;
    }

    /** Whether token k's folded text is in the list of this {@link ListBits} bit. */
    boolean foldIn(int k, int list) {
        return (foldLists[k] & list) != 0;
    }

    /**
     * Whether token k's gazetteer form is its ASCII lower case without a hyphen (most words): it is then
     * neither empty nor has a space or a hyphen, which the role rules need not look for.
     */
    boolean plainForm(int k) {
        return folded[k] == fold[k]
                && TokenChars.is(chars[k], TokenChars.ASCII)
                && !TokenChars.is(chars[k], TokenChars.HYPHEN);
    }

    /**
     * Whether a role can start with token k: its first word is the token, or (roles written with periods,
     * "gen.") starts with the token and a period. Saves building every candidate key for the many tokens
     * that start none; tokens with a space or a hyphen ("vice-president", made of roles) or none at all take
     * the long way.
     */
    boolean mayStartRole(int k) {
        if ((lists[k] & ListBits.ROLE_START) != 0) {
            return true;
        }
        String f = folded[k];
        return !plainForm(k) && (f.isEmpty() || f.indexOf(' ') >= 0 || f.indexOf('-') > 0);
    }

    /** A word the document also writes in lower case, or a function word. */
    boolean isCommonWord(int k) {
        if (common[k] == 0) {
            common[k] = isCommonWord(k, tokens.get(k)) ? YES : NO;
        }
        return common[k] == YES;
    }

    private boolean isCommonWord(int k, Token x) {
        String f = x.lower();
        int apostrophe = Math.max(f.indexOf('\''), f.indexOf('\u2019'));
        if (apostrophe > 0) {
            f = f.substring(0, apostrophe); // "I'm", "It's"
        }
        // a function word first: the document's words do not hold those written as their own lower case; the
        // token's list bits answer when the word is its gazetteer form (most are), else the stopwords' table
        boolean stopword = f == folded[k] ? (lists[k] & ListBits.STOPWORD) != 0 : Stopwords.isStopword(f, "en");
        return stopword || docLower.contains(f);
    }

    /** A given name that is no club word (the generated list holds "United"). */
    boolean given(int k) {
        if (given[k] == 0) {
            given[k] = !in(k, ListBits.TEAM_WORD) && gaz.givenNames.contains(folded[k]) ? YES : NO;
        }
        return given[k] == YES;
    }

    /** A capitalized organization word ("University", "Party"). */
    boolean orgWord(int k) {
        return is(k, CAP) && foldIn(k, ListBits.ORG_WORD);
    }

    /** The gazetteer key of tokens [from, to): their gazetteer forms joined by spaces. */
    String key(int from, int to) {
        if (to - from == 1) {
            return folded[from];
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(folded[k]);
        }
        return b.toString();
    }

    /**
     * {@code key(from, to).hashCode()} from the gazetteer forms' own (cached) hashes: a string's hash is its
     * chars' polynomial in 31, so the hash of "a b" is that of "a" times 31 to the length of " b", plus that
     * of " b".
     */
    int keyHash(int from, int to) {
        int h = folded[from].hashCode();
        for (int k = from + 1; k < to; k++) {
            String f = folded[k];
            h = (h * 31 + ' ') * pow31(f.length()) + f.hashCode();
        }
        return h;
    }

    /** 31 to the n (in int arithmetic, as String's hash). */
    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    /** Tokens [from, to) as written, with a space where the text has one. */
    String joined(int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).text(); // most names are one word: its token's text, not a copy
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** A role as written, capitalized. */
    String joinRole(int from, int to) {
        String r = joined(from, to);
        return Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }

    /** A mark that may open a name that is no sentence's first word: a quote, a bracket, a dash, a bullet. */
    boolean isOpener(int k) {
        String s = tokens.get(k).text();
        // each is one char: a switch on it, where ten string comparisons were asked of every sentence's first name
        return s.length() == 1
                && switch (s.charAt(0)) {
                    case '"', '\u201c', '\u2018', '\'', '(', ':', '-', '*', '\u2022', '\u2013' -> true;
                    default -> false;
                };
    }

    private static byte shapeOf(Token x, byte chars) {
        String w = x.text();
        char c = w.charAt(0);
        boolean word;
        boolean cap;
        boolean letter;
        boolean digit;
        boolean lower;
        if (c < 128) {
            // most tokens: what the Character methods answer for ASCII, without their tables
            cap = c >= 'A' && c <= 'Z';
            lower = c >= 'a' && c <= 'z';
            letter = cap || lower;
            digit = c >= '0' && c <= '9';
            word = letter || digit;
        } else {
            int first = Character.isHighSurrogate(c) ? w.codePointAt(0) : c;
            word = Character.isLetterOrDigit(first);
            cap = Character.isUpperCase(first);
            letter = word && Character.isLetter(first);
            digit = Character.isDigit(first);
            lower = word && Character.isLowerCase(first);
        }
        int s = (word ? WORD : 0) | (cap ? CAP : 0) | (letter ? LETTER : 0) | (digit ? DIGIT : 0) | (lower ? LOWER : 0);
        // only words starting with a letter are asked whether they are all caps: an ASCII one can be only if
        // capitalized (isAllCaps reads chars, so a supplementary first letter is left to it)
        if (word && (cap || c >= 128)) {
            s |= isAllCaps(x, chars) ? ALL_CAPS : 0;
        }
        if (word && cap) {
            s |= isNameStart(x, chars) ? NAME : 0;
        }
        return (byte) s;
    }

    /** {@link Token#isAllCaps}; the letters of an ASCII token told without Character's tables. */
    private static boolean isAllCaps(Token x, byte chars) {
        if (!TokenChars.is(chars, TokenChars.ASCII)) {
            return x.isAllCaps();
        }
        String w = x.text();
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            letters += c >= 'A' && c <= 'Z' ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * Whether a capitalized word starts a name (asked of no other token): "Top-seeded", "All-conquering" and
     * "Al-Qaeda-linked" are adjectives, not names.
     */
    private static boolean isNameStart(Token x, byte chars) {
        if (!TokenChars.is(chars, TokenChars.HYPHEN)) {
            return true; // no hyphen after its first char, and a capital is no hyphen
        }
        String w = x.text();
        int h = w.lastIndexOf('-');
        return h < 0 || h + 1 >= w.length() || !Character.isLowerCase(w.charAt(h + 1));
    }
}
