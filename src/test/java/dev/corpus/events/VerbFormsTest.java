package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VerbFormsTest {
    /**
     * Random forms over a few words: the forms found by a word are exactly those that start with it, in the order
     * given, and each stands at a token exactly where a plain comparison of its words says it does.
     */
    @Test
    void formsAreFoundAsAPlainSearchFindsThem() {
        Random random = new Random(7);
        int words = 6;
        List<int[]> forms = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            int[] f = new int[1 + random.nextInt(4)];
            for (int x = 0; x < f.length; x++) {
                f[x] = 1 + random.nextInt(words);
            }
            forms.add(f);
        }
        VerbForms flat = new VerbForms(forms, words);
        for (int round = 0; round < 200; round++) {
            int[] low = new int[1 + random.nextInt(8)];
            for (int x = 0; x < low.length; x++) {
                low[x] = random.nextInt(words + 1);
            }
            int end = random.nextInt(low.length + 1);
            for (int i = 0; i < end; i++) {
                List<Integer> expected = new ArrayList<>();
                for (int k = 0; k < forms.size(); k++) {
                    int[] f = forms.get(k);
                    if (f[0] == low[i]
                            && i + f.length <= end
                            && Arrays.equals(f, Arrays.copyOfRange(low, i, i + f.length))) {
                        expected.add(k);
                    }
                }
                List<Integer> found = new ArrayList<>();
                for (int p = flat.first(low[i]); p < flat.end(low[i]); p = flat.next(p)) {
                    assertEquals(forms.get(flat.index(p)).length, flat.length(p));
                    assertEquals(forms.get(flat.index(p))[0], low[i]);
                    if (flat.at(p, low, i, end)) {
                        found.add(flat.index(p));
                    }
                }
                assertEquals(expected, found, Arrays.toString(low) + " at " + i + " before " + end);
            }
        }
    }

    @Test
    void eachWordListsItsFormsInTheOrderGiven() {
        VerbForms flat = new VerbForms(List.of(new int[] {2, 1}, new int[] {1}, new int[] {2}, new int[] {2, 2, 2}), 2);
        List<Integer> of2 = new ArrayList<>();
        for (int p = flat.first(2); p < flat.end(2); p = flat.next(p)) {
            of2.add(flat.index(p));
        }
        assertEquals(List.of(0, 2, 3), of2);
        assertEquals(flat.first(1) + 2, flat.end(1)); // one form of one word: its index and length
        assertEquals(flat.first(0), flat.end(0)); // no form starts with no word
    }
}
