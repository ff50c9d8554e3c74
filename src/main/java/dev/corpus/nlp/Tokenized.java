package dev.corpus.nlp;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One text's tokens and sentences ({@code [from, to)} token ranges, see {@link Sentences#split}), and each
 * token's char flags ({@link Tokenizer#ALL_ASCII}, {@link Tokenizer#INNER_HYPHEN}), read by the tokenizer's
 * own pass over the chars. All are shared read-only by the stages that read the same block: neither a
 * sentence's array nor the flags may be written to.
 */
public record Tokenized(List<Token> tokens, List<int[]> sentences, byte[] chars) {
    public Tokenized {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public static Tokenized of(String text) {
        return new Tokenizer().tokenized(text);
    }

    /**
     * The tokens of the texts of one document, each text tokenized once however many stages read it. Keyed by
     * the text's identity (the same block's string), so an equal text elsewhere is simply tokenized again.
     * Not thread-safe: one document, one thread.
     */
    public static final class Cache {
        private final Map<String, Tokenized> byText = new IdentityHashMap<>();
        /** The document's tokenizer, which reuses its buffers from text to text. */
        private final Tokenizer tokenizer = new Tokenizer();

        private @Nullable String source;
        private @Nullable CodePoints codePoints;

        public Tokenized of(String text) {
            Tokenized t = byText.get(text);
            if (t == null) {
                t = tokenizer.tokenized(text);
                byText.put(text, t);
            }
            return t;
        }

        /**
         * The code points of the document's source, made once for the stages that report offsets in them
         * (each would scan the whole source for surrogates); another text gets its own.
         */
        public CodePoints codePoints(String text) {
            if (text != source || codePoints == null) {
                source = text;
                codePoints = new CodePoints(text);
            }
            return codePoints;
        }
    }
}
