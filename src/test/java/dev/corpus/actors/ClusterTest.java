package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClusterTest {

    private static Mention mention(int order) {
        return new Mention("Kim", "person", null, "Kim", null, 0, 3, order, false);
    }

    /** The plain answer: the greatest order below, from a sorted set, as the merge asked before. */
    private static int plainLastBefore(TreeSet<Integer> orders, int order) {
        Integer before = orders.lower(order);
        return before == null ? -1 : before;
    }

    @Test
    void theSortedOrdersAnswerAsASortedSet() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Cluster c = new Cluster("person", mention(0), "Kim", Cluster.NO_TOKENS);
            Cluster other = new Cluster("person", mention(0), "Kim", Cluster.NO_TOKENS);
            TreeSet<Integer> plain = new TreeSet<>();
            assertEquals(Integer.MAX_VALUE, c.firstOrder());
            for (int k = random.nextInt(30); k > 0; k--) {
                // out of order and repeated, as lone words and anaphors join after the names
                int order = random.nextInt(40);
                (random.nextBoolean() ? c : other).add(mention(order));
                if (random.nextInt(4) == 0) {
                    c.absorb(other);
                }
            }
            c.absorb(other);
            for (Mention m : c.mentions) {
                plain.add(m.order());
            }
            assertEquals(plain.isEmpty() ? Integer.MAX_VALUE : plain.first(), c.firstOrder());
            assertEquals(Integer.MAX_VALUE, other.firstOrder());
            for (int order = -1; order < 45; order++) {
                assertEquals(plainLastBefore(plain, order), c.lastBefore(order), "round " + round + " at " + order);
            }
        }
    }
}
