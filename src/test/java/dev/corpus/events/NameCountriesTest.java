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
