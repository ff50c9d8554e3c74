package dev.corpus.actors;

import dev.corpus.load.Block;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Actors of one article, read from its headline and body blocks only (never from clutter). Stateless and
 * thread-safe; spans are code points of the decoded source.
 */
public final class ActorExtractor {
    private final Gazetteer gazetteer;

    public ActorExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param blocks the headline's block (if the headline is in the text) followed by the body blocks
     * @param source the decoded source text the blocks' offsets point into
     */
    public List<Actor> extract(List<Block> blocks, String source) {
        Set<String> lower = new HashSet<>();
        for (Block b : blocks) {
            for (Token t : Tokenizer.tokens(b.text())) {
                if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
                    lower.add(t.text());
                }
            }
        }
        MentionFinder finder = new MentionFinder(gazetteer, lower);
        List<Mention> mentions = new ArrayList<>();
        int[] order = {0};
        for (Block b : blocks) {
            mentions.addAll(finder.find(b.text(), b.offsets(), order));
        }
        return ActorMerger.merge(mentions, new CodePoints(source));
    }
}
