package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.nlp.Stopwords;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for every block of a page, whether it is article text or clutter, and why: each block is scored
 * from its own features, the best-scoring contiguous run is the article, and inside that run blocks that
 * are clutter on their own (share lines, counters) are dropped too.
 */
public final class Cleaner {
    /** Enough of the page to tell its language. */
    private static final int LANGUAGE_SAMPLE_WORDS = 2000;
    /** An end marker counts only after this much article text (a comment counter may sit under the byline). */
    private static final int MIN_WORDS_BEFORE_END = 40;

    private static final int ISOLATED_MAX_WORDS = 50;
    private static final double ISOLATED_CAP = 1.0;

    /** How many short lines may open an article file as its header (headline, dek, byline, dateline). */
    private static final int FILE_HEADER_BLOCKS = 4;

    private static final Set<String> REPEATS = Set.of("repeated across files", "repeated in page");

    public CleanedPage clean(Page page) {
        return clean(page, CorpusProfile.NONE);
    }

    /** Cleans one page with what the run learned across its files. */
    public CleanedPage clean(Page page, CorpusProfile corpus) {
        return clean(page, corpus, Deadline.NONE);
    }

    /** As {@link #clean(Page, CorpusProfile)}; throws {@link Deadline.Exceeded} once the deadline passes. */
    public CleanedPage clean(Page page, CorpusProfile corpus, Deadline deadline) {
        List<Block> blocks = page.blocks();
        List<BlockWords> words = words(blocks, deadline);
        BlockKeys keys = BlockKeys.ofWords(words, corpus, deadline);
        String language = language(words);
        List<BlockFeatures> features = features(blocks, words, keys, language, corpus, deadline);
        List<BlockScorer.Verdict> verdicts = judge(features);
        double[] scores = new double[verdicts.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = verdicts.get(i).score();
        }
        deadline.check();
        damp(scores, verdicts, features);
        double[] candidates = beforeComments(blocks, keys, verdicts, features, scores);
        deadline.check();
        int[] region = MainRegion.best(candidates);
        region = ContainerSnap.snap(blocks.subList(0, candidates.length), candidates, verdicts, region);
        region[1] = endOfArticle(blocks, verdicts, features, region);
        boolean articleFile = page.format() == InputFormat.TEXT && !blocks.isEmpty() && noClutter(verdicts);
        if (articleFile) {
            region = articleFileRegion(region, blocks, verdicts, features);
        }
        return new CleanedPage(page, decisions(blocks, verdicts, region, articleFile), language, wordBounds(words));
    }

    /** Each block's words, found with one scratch array for the page. */
    private static List<BlockWords> words(List<Block> blocks, Deadline deadline) {
        int longest = 0;
        for (Block b : blocks) {
            longest = Math.max(longest, b.text().length());
        }
        int[] scratch = new int[longest + 1];
        List<BlockWords> words = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            deadline.check();
            words.add(BlockWords.of(b.text(), scratch));
        }
        return words;
    }

    private static List<BlockFeatures> features(
            List<Block> blocks,
            List<BlockWords> words,
            BlockKeys keys,
            @Nullable String language,
            CorpusProfile corpus,
            Deadline deadline) {
        List<BlockFeatures> features = new ArrayList<>(blocks.size());
        // the function words of the page's language, English when it has none: looked up once, not per block
        int languageBit = Stopwords.bit(language == null ? "en" : language);
        ContainerReasons containers = new ContainerReasons();
        for (int i = 0; i < blocks.size(); i++) {
            deadline.check();
            features.add(
                    BlockFeatures.of(blocks.get(i), words.get(i), keys, i, languageBit, corpus.files(), containers));
        }
        return features;
    }

    private static List<BlockScorer.Verdict> judge(List<BlockFeatures> features) {
        boolean sharedStory = BlockScorer.sharesStory(features);
        List<BlockScorer.Verdict> verdicts = new ArrayList<>(features.size());
        for (BlockFeatures f : features) {
            verdicts.add(BlockScorer.judge(f, sharedStory));
        }
        return verdicts;
    }

    /**
     * The region of a plain text with no furniture at all: an article file, not a copied page, so what follows
     * its prose (a results table, a closing line) is the article's too, and a text without any prose (a table
     * of results) is all article.
     */
    private static int[] articleFileRegion(
            int[] region, List<Block> blocks, List<BlockScorer.Verdict> verdicts, List<BlockFeatures> features) {
        int[] r = region.clone();
        if (r[0] >= r[1]) {
            r[0] = 0;
        }
        // What comes before its first prose is the article's too (a results table the closing line sums up),
        // but for the few short lines that open the file as its header.
        r[0] = Math.min(r[0], leadingHeader(blocks, verdicts, features));
        r[1] = blocks.size();
        return r;
    }

    /** Whether each block is kept, and why: clutter, outside the article's region, or the article's. */
    private static List<BlockDecision> decisions(
            List<Block> blocks, List<BlockScorer.Verdict> verdicts, int[] region, boolean articleFile) {
        List<BlockDecision> decisions = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            BlockScorer.Verdict v = verdicts.get(i);
            boolean inRegion = i >= region[0] && i < region[1];
            String reason;
            boolean kept;
            if (v.clutterReason() != null && !(articleFile && REPEATS.contains(v.clutterReason()))) {
                kept = false;
                reason = v.clutterReason();
            } else if (!inRegion) {
                kept = false;
                reason = v.prose() ? "prose " + BlockDecision.OUTSIDE_ARTICLE : BlockDecision.OUTSIDE_ARTICLE;
            } else {
                kept = true;
                reason = v.prose() ? "prose" : "short line inside the article";
            }
            decisions.add(new BlockDecision(blocks.get(i), kept, reason, v.score()));
        }
        return decisions;
    }

    private static WordBounds wordBounds(List<BlockWords> words) {
        int[][] bounds = new int[words.size()][];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = words.get(i).bounds();
        }
        return new WordBounds(bounds);
    }

    /**
     * Smoothing between neighbours: a short prose block with no prose on either side is a teaser's summary
     * in a list of other articles (headline, author, summary, headline, ...) more often than a paragraph,
     * so it counts for little unless its neighbours make it part of a run of prose.
     */
    private static void damp(double[] scores, List<BlockScorer.Verdict> verdicts, List<BlockFeatures> features) {
        for (int i = 0; i < scores.length; i++) {
            if (verdicts.get(i).prose()
                    && !proseNeighbour(verdicts, i, -1)
                    && !proseNeighbour(verdicts, i, +1)
                    && features.get(i).words() < ISOLATED_MAX_WORDS) {
                scores[i] = Math.min(scores[i], ISOLATED_CAP);
            }
        }
    }

    /** Whether the nearest block in direction {@code step} that is not furniture (ads, share lines) is prose. */
    private static boolean proseNeighbour(List<BlockScorer.Verdict> verdicts, int i, int step) {
        for (int j = i + step; j >= 0 && j < verdicts.size(); j += step) {
            if (verdicts.get(j).clutterReason() == null) {
                return verdicts.get(j).prose();
            }
        }
        return false;
    }

    /**
     * The scores up to the first comment section that follows some prose; the blocks after it cannot be
     * part of the article.
     */
    private static double[] beforeComments(
            List<Block> blocks,
            BlockKeys keys,
            List<BlockScorer.Verdict> verdicts,
            List<BlockFeatures> features,
            double[] scores) {
        int proseWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (proseWords >= MIN_WORDS_BEFORE_END
                    && EndMarkers.isCommentSection(blocks.get(i).text(), keys.key(i), keys.hash(i))) {
                return java.util.Arrays.copyOf(scores, i);
            }
            if (verdicts.get(i).prose()) {
                proseWords += features.get(i).words();
            }
        }
        return scores;
    }

    /**
     * The number of non-prose lines that open the text, at most {@link #FILE_HEADER_BLOCKS}; a list's or a
     * table's first row (a number or bullet first) ends the header.
     */
    private static int leadingHeader(
            List<Block> blocks, List<BlockScorer.Verdict> verdicts, List<BlockFeatures> features) {
        int n = 0;
        while (n < blocks.size()
                && n < FILE_HEADER_BLOCKS
                && !verdicts.get(n).prose()
                && !features.get(n).bullet()
                && !startsWithDigit(blocks.get(n).text())) {
            n++;
        }
        return n;
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }

    /**
     * No furniture but lines that repeat: an article file's dateline or table rows recur across a folder of
     * wire stories, a copied page's menus come with other furniture too.
     */
    private static boolean noClutter(List<BlockScorer.Verdict> verdicts) {
        return verdicts.stream().allMatch(v -> v.clutterReason() == null || REPEATS.contains(v.clutterReason()));
    }

    /**
     * Where the article ends inside the region: at the first comments or end-of-article marker ("Leave a
     * reply", "Tags:", "Jane on May 3, 2019 said:") that follows some of its text. Comment threads can be
     * longer than the article, so the region alone would run on into them.
     */
    private static int endOfArticle(
            List<Block> blocks, List<BlockScorer.Verdict> verdicts, List<BlockFeatures> features, int[] region) {
        int proseWords = 0;
        for (int i = region[0]; i < region[1]; i++) {
            BlockScorer.Verdict v = verdicts.get(i);
            if (proseWords >= MIN_WORDS_BEFORE_END
                    && EndMarkers.isEnd(blocks.get(i).text(), v.clutterReason())) {
                return i;
            }
            if (v.prose()) {
                proseWords += features.get(i).words();
            }
        }
        return region[1];
    }

    /** {@link Stopwords#detect} of the words of the first blocks, up to the first past the sample's size. */
    private static @Nullable String language(List<BlockWords> blocks) {
        Stopwords.Tally tally = new Stopwords.Tally();
        int sample = 0;
        for (BlockWords b : blocks) {
            if (sample >= LANGUAGE_SAMPLE_WORDS) {
                break;
            }
            b.countLanguages(tally);
            sample += b.count();
        }
        return Stopwords.detect(tally.hits(), sample);
    }
}
