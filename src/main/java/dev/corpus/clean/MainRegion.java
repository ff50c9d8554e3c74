package dev.corpus.clean;

/**
 * Finds the contiguous run of blocks with the highest total score: the article body, which may contain
 * short negative blocks (subheads, one-line quotes) between prose, but not the long negative walls of
 * menus and headline lists around it.
 */
final class MainRegion {
    private MainRegion() {}

    /** {@code [start, end)} of the best run; empty (start == end) when no block scores above zero. */
    static int[] best(double[] scores) {
        int bestStart = 0;
        int bestEnd = 0;
        double best = 0;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < scores.length; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += scores[i];
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        return new int[] {bestStart, bestEnd};
    }
}
