package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.load.ContainerPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On HTML pages, snaps the article region to the element that holds its prose: the region the scores
 * find may stop short at a table or a list inside the article, or run on into a box after it, while the
 * markup knows where the article's container begins and ends.
 */
final class ContainerSnap {
    /** The container must hold this share of the region's prose score. */
    private static final double PROSE_SHARE = 0.8;
    /** ... and its own blocks must not score much worse than the region did. */
    private static final double MIN_SCORE_RATIO = 0.8;

    private ContainerSnap() {}

    static int[] snap(List<Block> blocks, double[] scores, List<BlockScorer.Verdict> verdicts, int[] region) {
        if (region[0] >= region[1] || blocks.get(region[0]).hints().containers().depth() == 0) {
            return region;
        }
        double prose = 0;
        Map<Integer, Double> proseUnder = new HashMap<>();
        Map<Integer, Integer> depthOf = new HashMap<>();
        for (int i = region[0]; i < region[1]; i++) {
            if (!verdicts.get(i).prose() || scores[i] <= 0) {
                continue;
            }
            prose += scores[i];
            ContainerPath path = blocks.get(i).hints().containers();
            for (int level = 0; level < path.depth(); level++) {
                proseUnder.merge(path.id(level), scores[i], Double::sum);
                depthOf.putIfAbsent(path.id(level), level);
            }
        }
        int best = -1;
        int bestDepth = -1;
        for (var e : proseUnder.entrySet()) {
            int depth = depthOf.get(e.getKey());
            if (e.getValue() >= PROSE_SHARE * prose
                    && (depth > bestDepth || (depth == bestDepth && e.getKey() < best))) {
                best = e.getKey();
                bestDepth = depth;
            }
        }
        if (best < 0) {
            return region;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            ContainerPath path = blocks.get(i).hints().containers();
            if (path.depth() > bestDepth && path.id(bestDepth) == best) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return region;
        }
        double regionScore = sum(scores, region[0], region[1]);
        double containerScore = sum(scores, first, last + 1);
        return containerScore >= MIN_SCORE_RATIO * regionScore ? new int[] {first, last + 1} : region;
    }

    private static double sum(double[] scores, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += scores[i];
        }
        return s;
    }
}
