package dev.corpus.clean;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a block's features into an article score: positive for prose, negative for furniture. The score
 * feeds {@link MainRegion}; a non-null reason marks the block as clutter wherever it stands.
 */
final class BlockScorer {
    /** A block this long is prose even without final punctuation (a paragraph cut off by the page). */
    private static final int LONG_UNFINISHED = 40;

    private BlockScorer() {}

    record Verdict(double score, @Nullable String clutterReason, boolean prose) {}

    /** The share of a page's prose (1/N) that must recur in other files for the page to share a story. */
    private static final int SHARED_STORY_DENOMINATOR = 3;

    static Verdict judge(BlockFeatures f) {
        return judge(f, false);
    }

    /**
     * @param sharedStory whether the page shares its story with other files of the run ({@link #sharesStory})
     */
    static Verdict judge(BlockFeatures f, boolean sharedStory) {
        String reason = clutterReason(f, sharedStory);
        if (reason != null) {
            return new Verdict(-2.0 - Math.min(f.words(), 10) * 0.1, reason, false);
        }
        boolean prose = isProse(f);
        double score;
        if (prose) {
            score = 1.0 + Math.min(f.words(), 80) / 8.0;
        } else {
            // Short lines: a subhead or a one-line quote inside the article survives between prose blocks,
            // a run of them (a menu, a list of headlines) adds up to a wall the region will not cross.
            score = f.capitalizedRatio() > 0.6 ? -1.0 : sentenceLike(f) ? 0.0 : -0.5;
        }
        if (f.tableRow() && score < 0) {
            // A data table inside an article is many short rows: neutral, so it is no wall.
            score = -0.05;
        }
        if (f.inChrome()) {
            score -= 3.0;
        }
        if (f.inArticle() && score < 0) {
            score += 0.75;
        } else if (f.inArticle()) {
            score += 1.0;
        }
        return new Verdict(score, null, prose);
    }

    private static @Nullable String clutterReason(BlockFeatures f, boolean sharedStory) {
        if (f.furniture() != null) {
            return f.furniture();
        }
        if (f.counter() && !f.tableRow()) {
            return "counter";
        }
        if (f.contact()) {
            return "e-mail or link";
        }
        if (f.linkDensity() > 0.5 && f.words() < 40) {
            return "links";
        }
        if (repeatedAcrossFiles(f, sharedStory)) {
            return "repeated across files";
        }
        // Header rows repeat in every table of a page; they are the table's, not the site's.
        if (f.repeats() > 1 && f.words() <= 25 && !f.tableRow()) {
            return "repeated in page";
        }
        if (f.teaser()) {
            return "teaser";
        }
        if (f.bullet() && !f.endsSentence()) {
            return "list entry";
        }
        return null;
    }

    /**
     * A block whose text occurs in other files of the run is site furniture (menus, footers, "Most read"
     * boxes, author bios) unless it is part of a story the page shares with those files: two copies of one
     * wire story have the same paragraphs. So recurring short lines are always clutter, and recurring prose
     * only when the page's prose is mostly its own (see {@link #sharesStory}).
     */
    private static boolean repeatedAcrossFiles(BlockFeatures f, boolean sharedStory) {
        if (f.filesWith() < 2) {
            return false;
        }
        return !isProse(f) || !sharedStory;
    }

    /**
     * Whether a good part (a third or more) of the page's prose also occurs in other files of the run: then
     * the page carries a story that other files carry too, and its recurring prose is that story.
     */
    static boolean sharesStory(List<BlockFeatures> page) {
        long prose = 0;
        long shared = 0;
        for (BlockFeatures f : page) {
            if (isProse(f)) {
                prose += f.words();
                if (f.filesWith() >= 2) {
                    shared += f.words();
                }
            }
        }
        return prose > 0 && shared * SHARED_STORY_DENOMINATOR >= prose;
    }

    /**
     * Written like a sentence but not finished like one: a list item or a line cut off inside an article.
     * Neutral: kept between paragraphs, never a reason to extend the article at its edges.
     */
    private static boolean sentenceLike(BlockFeatures f) {
        return f.words() >= 6 && f.stopwordRatio() >= 0.2 && f.capitalizedRatio() < 0.5;
    }

    private static boolean isProse(BlockFeatures f) {
        if (f.capitalizedRatio() > 0.6 && f.words() < 25) {
            return false;
        }
        // Paragraphs end with sentence punctuation; headlines in link lists do not, however wordy.
        if (f.words() >= 8 && (f.endsSentence() || (f.words() >= LONG_UNFINISHED && f.stopwordRatio() >= 0.2))) {
            return true;
        }
        return f.words() >= 3 && f.endsSentence() && f.stopwordRatio() >= 0.15;
    }
}
