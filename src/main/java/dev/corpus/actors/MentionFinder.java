package dev.corpus.actors;

import dev.corpus.load.OffsetMap;
import dev.corpus.nlp.Sentences;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds name mentions in one block: gazetteer forms (longest match first), capitalized runs classified by
 * their words (organization words, given names) and context (a role before, "said" after, "in" before),
 * roles and countries next to a person ("Cuban President X", "X, the Deputy Director of the Labor Party"),
 * groups ("experts") and back-references ("the Cuban leader"). Types the text cannot decide stay
 * {@code unknown} for {@link TypeSettler} to settle across the document. The rules are in the classes a
 * {@link SentenceReader} uses; this class makes a block's tokens and turns what the sentences found into
 * mentions.
 */
final class MentionFinder {
    static final String UNKNOWN = "unknown";
    /** An unknown name from a line in capitals, where every word looks like an acronym. */
    static final String UNKNOWN_CAPS = "unknown-caps";
    /** One unknown word inside a sentence, without a cue: an organization unless the document says more. */
    static final String ORG_GUESS = "organization?";
    /**
     * One unknown word before "said": a person when the document names that person in full ("Guo" after
     * "Guo Rui"), else a company or body ("Ahold said").
     */
    static final String PERSON_GUESS = "person?";

    private final Gazetteer gaz;
    /** The words the document writes in lower case (a capitalized one of them is no name). */
    private final LowerCaseWords docLower;

    private final Deadline deadline;
    /** Folded forms of non-ASCII token texts of the document. */
    private final Map<String, String> nonAscii = new HashMap<>();
    /** Each block's tokens and sentences, by its index in the texts. */
    private final List<Block> blocks;

    /** A block's tokens (with its country compounds split) and their sentences. */
    private record Block(BlockTokens words, List<int[]> sentences) {}

    /**
     * Reads in the tokens of all the document's blocks first: a capitalized word that the document also writes
     * in lower case is no name, and the lower-case words are gathered as each token's shape is read.
     *
     * @param texts the document's blocks' tokens, in the order {@link #find} is asked them
     * @param deadline checked once a block and once a sentence
     */
    MentionFinder(Gazetteer gaz, List<Tokenized> texts, Deadline deadline) {
        this.gaz = gaz;
        this.deadline = deadline;
        this.docLower = LowerCaseWords.forTexts(texts);
        this.blocks = new ArrayList<>(texts.size());
        for (Tokenized t : texts) {
            deadline.check();
            blocks.add(block(t));
        }
    }

    private Block block(Tokenized tokenized) {
        byte[] chars = tokenized.chars(); // read by the tokenizer
        List<Token> tokens = splitCountryCompounds(tokenized.tokens(), chars);
        if (tokens == tokenized.tokens()) {
            return new Block(blockTokens(tokens, chars, true), tokenized.sentences());
        }
        docLower.addLowerWords(tokenized.tokens()); // the words as written, not their split parts
        return new Block(blockTokens(tokens, TokenChars.of(tokens), false), Sentences.split(tokens));
    }

    /**
     * "Japan-North Korea meeting", "Russia-Ukraine war": a hyphen between a country and another name joins
     * two actors, not one name. Such a token is split at its hyphens when its first part is a country and the
     * whole is no known name ("Guinea-Bissau").
     */
    private List<Token> splitCountryCompounds(List<Token> tokens, byte[] chars) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            if (out == null && !TokenChars.is(chars[k], TokenChars.HYPHEN)) {
                continue; // no hyphen after its first char: told from the tokenizer's flags, the token unread
            }
            Token x = tokens.get(k);
            int h = TokenChars.is(chars[k], TokenChars.HYPHEN) ? x.text().indexOf('-') : -1;
            if (h > 0
                    && h + 1 < x.text().length()
                    && Character.isUpperCase(x.text().codePointAt(h + 1))) {
                Gazetteer.Entry first = gaz.lookup(Fold.of(x.text().substring(0, h)));
                if (first != null
                        && first.type().equals("country")
                        && gaz.lookup(gazetteerForm(Fold.of(x.text()))) == null) {
                    if (out == null) {
                        out = new ArrayList<>(tokens.subList(0, k));
                    }
                    int from = x.start();
                    for (String part : x.text().split("-", -1)) {
                        if (from > x.start()) {
                            out.add(new Token("-", from - 1, from));
                        }
                        if (!part.isEmpty()) {
                            out.add(new Token(part, from, from + part.length()));
                        }
                        from += part.length() + 1;
                    }
                    continue;
                }
            }
            if (out != null) {
                out.add(x);
            }
        }
        return out == null ? tokens : out;
    }

    /** The gazetteer's form of a folded token: its dictionaries write "Guinea-Bissau" with a space. */
    private String gazetteerForm(String folded) {
        return BlockTokens.gazetteerForm(gaz, folded, folded.indexOf('-') > 0);
    }

    /**
     * Mentions of one block, of its tokens made before; {@code order} numbers them within the document.
     *
     * @param block the block's index in the texts
     * @param header a line above the body: title case there is a headline's, not a list of names
     */
    List<Mention> find(int block, String text, OffsetMap offsets, int[] order, boolean header) {
        BlockTokens words = blocks.get(block).words();
        SentenceReader.Rules rules = SentenceReader.Rules.of(words, gaz);
        List<Mention> out = new ArrayList<>();
        for (int[] s : blocks.get(block).sentences()) {
            deadline.check();
            List<Found> found = new SentenceReader(rules, s[0], s[1], header).read();
            for (Found f : found) {
                if (f.roleOrgStart >= 0) {
                    for (Found o : found) {
                        if (o.from == f.roleOrgStart && o.country != null && f.country == null) {
                            f.country = o.country;
                        }
                    }
                }
                out.add(mention(text, words, f, offsets, order[0]++));
            }
        }
        return out;
    }

    /** @param collect whether the tokens' lower-case words go to the document's (those of unsplit tokens) */
    private BlockTokens blockTokens(List<Token> tokens, byte[] chars, boolean collect) {
        return BlockTokens.read(tokens, chars, gaz, docLower, collect, nonAscii);
    }

    private static Mention mention(String text, BlockTokens words, Found f, OffsetMap offsets, int order) {
        int cs = words.tokens.get(f.from).start();
        int ce = words.tokens.get(f.to - 1).end();
        // a one-token mention is written as its token, and its folded key is the token's, folded already
        boolean one = f.to - f.from == 1;
        String written = one ? words.text(f.from) : text.substring(cs, ce);
        String key = one ? words.fold[f.from] : Fold.of(written);
        return new Mention(
                written,
                f.type,
                f.country,
                f.canonical,
                f.role,
                offsets.source(cs),
                offsets.source(ce),
                order,
                f.anaphor,
                key);
    }
}
