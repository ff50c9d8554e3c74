package dev.corpus.load;

import java.util.Arrays;

/**
 * The block-level elements that hold a block, outermost first, each named by an id unique within its page
 * (HTML only; empty for text). Blocks under one element form a contiguous run, so the cleaner can snap the
 * article to the element that holds it.
 */
public final class ContainerPath {
    public static final ContainerPath NONE = new ContainerPath(new int[0]);

    private final int[] ids;

    private ContainerPath(int[] ids) {
        this.ids = ids;
    }

    public static ContainerPath of(int[] ids) {
        return ids.length == 0 ? NONE : new ContainerPath(ids.clone());
    }

    public int depth() {
        return ids.length;
    }

    /** The id of the container at {@code level} (0 is the outermost). */
    public int id(int level) {
        return ids[level];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContainerPath other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return Arrays.toString(ids);
    }
}
