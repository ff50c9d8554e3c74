package dev.corpus.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The mentions of one document taken to name one actor, while {@link ActorMerger} gathers them: its kind,
 * the name it goes by so far, the first country and the roles its mentions give. A person's name and words
 * grow as longer forms join. Made and changed by one document's merge only.
 */
final class Cluster {
    static final String[] NO_TOKENS = {};

    final String type;

    @Nullable
    String country;

    String name;
    /** A person's name folded (the key of the mention it was written as); null for the other kinds. */
    @Nullable
    String nameKey;
    /** A person's name, folded, in words (empty for the other kinds, which do not ask). */
    String[] tokens;

    final List<Mention> mentions = new ArrayList<>();
    final Set<String> roles = new LinkedHashSet<>();

    /**
     * The mentions' orders, sorted, each once: {@link #lastBefore} is asked once per lone word and anaphor,
     * so a binary search, over ints rather than a boxed sorted set.
     */
    private int[] orders = new int[4];

    private int orderCount;

    Cluster(String type, Mention m, String name, String[] tokens) {
        this.type = type;
        this.name = name;
        this.tokens = tokens;
        this.country = m.country();
    }

    /** A person cluster named by its first mention {@code m} (which it does not hold yet). */
    static Cluster person(Mention m, String[] tokens) {
        Cluster c = new Cluster("person", m, m.text(), tokens);
        c.nameKey = m.key();
        return c;
    }

    void add(Mention m) {
        mentions.add(m);
        addOrder(m.order());
        if (m.role() != null) {
            roles.add(m.role());
        }
        if (country == null) {
            country = m.country();
        }
    }

    /** Takes all of {@code other}'s mentions (not its roles) and, if it has none, its country. */
    void absorb(Cluster other) {
        mentions.addAll(other.mentions);
        for (int i = 0; i < other.orderCount; i++) {
            addOrder(other.orders[i]);
        }
        other.mentions.clear();
        other.orderCount = 0;
        if (country == null) {
            country = other.country;
        }
    }

    /** The latest order of a mention before {@code order}, or -1. */
    int lastBefore(int order) {
        int at = Arrays.binarySearch(orders, 0, orderCount, order);
        int below = at >= 0 ? at - 1 : -at - 2;
        return below >= 0 ? orders[below] : -1;
    }

    /** The order of the first mention; {@link Integer#MAX_VALUE} when the cluster holds none. */
    int firstOrder() {
        return orderCount == 0 ? Integer.MAX_VALUE : orders[0];
    }

    private void addOrder(int order) {
        int at = Arrays.binarySearch(orders, 0, orderCount, order);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        if (orderCount == orders.length) {
            orders = Arrays.copyOf(orders, orderCount * 2);
        }
        System.arraycopy(orders, insert, orders, insert + 1, orderCount - insert);
        orders[insert] = order;
        orderCount++;
    }
}
