package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MonthNamesTest {

    @Test
    void firstLettersAreExactlyThoseFormsStartWith() {
        Set<Character> first = MonthNames.forms().stream().map(f -> f.charAt(0)).collect(Collectors.toSet());
        assertTrue(first.contains('N') && first.contains('я') && first.contains('ي'), first.toString());
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(first.contains((char) c), MonthNames.isFirstLetter((char) c), "char " + c);
        }
    }

    @Test
    void formsByHeadAreThoseStartingWithTheTwoChars() {
        List<String> forms = MonthNames.forms();
        Set<Character> firsts = new TreeSet<>();
        Set<Character> seconds = new TreeSet<>(List.of(' ', '.', '1', 'x', 'Z', '\0', '\uffff'));
        for (String form : forms) {
            firsts.add(form.charAt(0));
            if (form.length() > 1) {
                seconds.add(form.charAt(1));
            }
        }
        firsts.addAll(List.of(' ', '1', 'x', '\0', '\uffff'));
        int found = 0;
        for (char a : firsts) {
            for (char b : seconds) {
                String head = "" + a + b;
                String[] expected = forms.stream()
                        .filter(f -> f.length() >= 2 && f.startsWith(head))
                        .toArray(String[]::new);
                String[] actual = MonthNames.withHead(a, b);
                assertArrayEquals(expected, actual, head);
                found += actual.length;
            }
        }
        assertEquals(forms.stream().filter(f -> f.length() >= 2).count(), found);
    }

    @Test
    void numbersNameMonthsInAnyCase() {
        assertEquals(11, MonthNames.number("Nov"));
        assertEquals(3, MonthNames.number("MÄRZ"));
        assertEquals(0, MonthNames.number("Mark"));
    }
}
