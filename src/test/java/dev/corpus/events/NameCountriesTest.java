package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameCountriesTest {
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s-]+");

    @Test
    void internationalNamesAreThoseTheSearchForEachEntryFinds() {
        int international = 0;
        for (String name : List.of(
                "United Nations",
                "the  united\tnations",
                "Asia-Pacific Economic Cooperation",
                "World Health Organization",
                "U.N. Security Council",
                "-UN-",
                "Human Rights Watch",
                "Human Rights  Watch",
                "Red Crescent Society",
                "Worldwide Fund",
                "Liberians United",
                "",
                "-")) {
            boolean plain = NameCountries.plainInternationalName(name);
            assertEquals(plain, NameCountries.internationalName(name), name);
            international += plain ? 1 : 0;
        }
        assertEquals(9, international); // both answers occur among the names
        Random random = new Random(11);
        List<String> words = List.of("un", "UN", "red", "cross", "world", "asia", "pacific", "x", "nations", "united");
        String seps = " -\t\u00A0";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                b.append(words.get(random.nextInt(words.size())));
                b.append(seps.charAt(random.nextInt(seps.length())));
            }
            String name = b.toString();
            assertEquals(NameCountries.plainInternationalName(name), NameCountries.internationalName(name), name);
        }
    }

    @Test
    void namePartsAreWhatTheRegularExpressionSplitsThemInto() {
        for (String name : List.of(
                "",
                "-",
                "  ",
                "Asia-Pacific Economic Cooperation",
                " leading",
                "trailing -",
                "a--b",
                "a \t\nb",
                "x\u000Bz\f\rq",
                "non\u00A0breaking",
                "-Liberians- -")) {
            assertEquals(List.of(NAME_PARTS.split(name)), NameCountries.parts(name), name);
        }
        Random random = new Random(7);
        String chars = "ab -\t\u00A0\u2013";
        for (int n = 0; n < 2000; n++) {
            String name = RandomText.of(random, chars, 8);
            assertEquals(List.of(NAME_PARTS.split(name)), NameCountries.parts(name), name);
        }
    }
}
