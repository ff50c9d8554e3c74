package dev.corpus.events;

import java.util.List;

/**
 * The verb lexicon's forms (each a sequence of word numbers) grouped by first word, in one int array: a
 * word's forms lie side by side, each as its index, its length and its words after the first. Asked whether a
 * form stands at a token, the forms of the token's word are read from one place, where an array of records
 * with an array each took three reads seldom in cache per form (the form test was a tenth of the events
 * stage). Immutable.
 */
final class VerbForms {
    /** Where the forms of word number w start in {@link #flat}; those of w + 1 start where they end. */
    private final int[] from;

    private final int[] flat;

    /**
     * @param forms each form's word numbers, by index (a form's index is its place in the list); those of one
     *     first word keep their order
     * @param words how many word numbers there are (1 to words)
     */
    VerbForms(List<int[]> forms, int words) {
        from = new int[words + 2];
        for (int[] f : forms) {
            from[f[0] + 1] += f.length + 1;
        }
        for (int w = 1; w < from.length; w++) {
            from[w] += from[w - 1];
        }
        flat = new int[from[from.length - 1]];
        int[] next = from.clone();
        for (int k = 0; k < forms.size(); k++) {
            int[] f = forms.get(k);
            int at = next[f[0]];
            flat[at] = k;
            flat[at + 1] = f.length;
            System.arraycopy(f, 1, flat, at + 2, f.length - 1);
            next[f[0]] = at + f.length + 1;
        }
    }

    /** The position of word {@code word}'s first form; its forms end at {@link #end}. */
    int first(int word) {
        return from[word];
    }

    /** The position after word {@code word}'s last form. */
    int end(int word) {
        return from[word + 1];
    }

    /** The position of the form after the one at {@code p}. */
    int next(int p) {
        return p + flat[p + 1] + 1;
    }

    /** The index of the form at {@code p}. */
    int index(int p) {
        return flat[p];
    }

    /** How many words the form at {@code p} has. */
    int length(int p) {
        return flat[p + 1];
    }

    /**
     * Whether the form at {@code p} stands at token {@code i} of these word numbers, before {@code end}: its
     * first word is token i's (the caller looked the forms up by it).
     */
    boolean at(int p, int[] low, int i, int end) {
        int n = flat[p + 1];
        if (i + n > end) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if (low[i + k] != flat[p + 1 + k]) {
                return false;
            }
        }
        return true;
    }
}
