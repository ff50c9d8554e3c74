package dev.corpus.actors;

import dev.corpus.load.Block;
import dev.corpus.nlp.Tokenized;
import dev.corpus.util.Deadline;
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
        return extract(List.of(), blocks, List.of(), source);
    }

    /**
     * @param header lines before the body (headline, dateline); a person named like an author is not read
     *     from them (a byline the header still holds)
     * @param body the body blocks
     * @param authors the article's author names
     */
    public List<Actor> extract(List<Block> header, List<Block> body, List<String> authors, String source) {
        return extract(header, body, authors, source, Deadline.NONE);
    }

    /** As {@link #extract(List, List, List, String)}; throws {@link Deadline.Exceeded} once it passes. */
    public List<Actor> extract(
            List<Block> header, List<Block> body, List<String> authors, String source, Deadline deadline) {
        return extract(header, body, authors, source, new Tokenized.Cache(), deadline);
    }

    /** As {@link #extract(List, List, List, String, Deadline)}, with the document's tokens. */
    public List<Actor> extract(
            List<Block> header,
            List<Block> body,
            List<String> authors,
            String source,
            Tokenized.Cache tokens,
            Deadline deadline) {
        List<Block> blocks = new ArrayList<>(header);
        blocks.addAll(body);
        List<Tokenized> texts = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            texts.add(tokens.of(b.text()));
        }
        MentionFinder finder = new MentionFinder(gazetteer, texts, deadline);
        List<Mention> mentions = new ArrayList<>();
        int[] order = {0};
        Set<String> authorWords = new HashSet<>();
        for (String a : authors) {
            authorWords.add(Gazetteer.key(a));
            for (String w : Gazetteer.key(a).split(" ")) {
                authorWords.add(w);
            }
        }
        for (int k = 0; k < blocks.size(); k++) {
            deadline.check();
            boolean inHeader = k < header.size();
            Block block = blocks.get(k);
            for (Mention m : finder.find(k, block.text(), block.offsets(), order, inHeader)) {
                boolean personLike = m.type().equals("person")
                        || m.type().equals(MentionFinder.UNKNOWN)
                        || m.type().equals(MentionFinder.UNKNOWN_CAPS)
                        || m.type().equals(MentionFinder.PERSON_GUESS);
                if (!inHeader || !personLike || !namesAuthor(Gazetteer.key(m.text()), authorWords)) {
                    mentions.add(m);
                }
            }
        }
        deadline.check();
        return ActorMerger.merge(mentions, tokens.codePoints(source));
    }

    /** "Daniel Kim", "Kim" or "Daniel Kim Views" for the author Daniel Kim. */
    private static boolean namesAuthor(String key, Set<String> authorKeys) {
        if (authorKeys.contains(key)) {
            return true;
        }
        for (String a : authorKeys) {
            if (a.indexOf(' ') > 0 && (" " + key + " ").contains(" " + a + " ")) {
                return true;
            }
        }
        return false;
    }
}
