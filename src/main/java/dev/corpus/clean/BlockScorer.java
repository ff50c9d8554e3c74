package dev.corpus.clean;

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

    static Verdict judge(BlockFeatures f) {
        String reason = clutterReason(f);
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
            score = f.capitalizedRatio() > 0.6 ? -1.0 : -0.5;
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

    private static @Nullable String clutterReason(BlockFeatures f) {
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
