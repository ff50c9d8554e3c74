package dev.corpus.quotes;

import dev.corpus.actors.Span;
import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import java.util.List;

/** One body block prepared for quote finding: its tokens, sentences and the way back to the source. */
final class Paragraph {
    final Block block;
    final String text;
    final List<Token> tokens;
    final List<int[]> sentences;
    /** The quotation marks of the paragraph, found once. */
    final List<QuotationMarks.Quoted> marks;

    private final CodePoints codePoints;

    Paragraph(Block block, CodePoints codePoints) {
        this(block, codePoints, Tokenized.of(block.text()));
    }

    /** @param tokenized the block text's tokens */
    Paragraph(Block block, CodePoints codePoints, Tokenized tokenized) {
        this.block = block;
        this.text = block.text();
        this.tokens = tokenized.tokens();
        this.sentences = tokenized.sentences();
        this.marks = QuotationMarks.find(text);
        this.codePoints = codePoints;
    }

    /** Code point offset in the source of the char at {@code i} of this paragraph's text. */
    int cpStart(int i) {
        return codePoints.of(block.offsets().source(Math.min(i, text.length())));
    }

    /** Code point offset in the source just after the char at {@code end - 1}. */
    int cpEnd(int end) {
        if (end <= 0) {
            return cpStart(0);
        }
        return codePoints.of(block.offsets().source(end - 1) + 1);
    }

    Span span(int from, int to) {
        return new Span(cpStart(from), Math.max(cpStart(from), cpEnd(to)));
    }

    /**
     * Index of the first token starting at or after char {@code at}. A binary search (tokens are in text
     * order): it is asked once per quotation mark, and a paragraph may hold a hundred thousand.
     */
    int tokenAt(int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= at) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The sentence {@code [from, to)} token range that holds token {@code i} (sentences tile the tokens). */
    int[] sentenceOf(int i) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (i < s[0]) {
                hi = mid - 1;
            } else if (i >= s[1]) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new int[] {0, tokens.size()};
    }

    String slice(int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return "";
        }
        return text.substring(
                tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }
}
