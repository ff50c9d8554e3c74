package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.article.ArticleDate;
import dev.corpus.testing.RandomText;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    /** A Wednesday. */
    private static final ArticleDate DAY = new ArticleDate("June 9, 2021", "2021-06-09", "published");

    private static List<String> isos(String sentence) {
        return EventDates.find(sentence, DAY).stream().map(f -> f.date().iso()).toList();
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        assertEquals(List.of("2021-06-04"), isos("The minister resigned Friday, aides said."));
        assertEquals(List.of("2021-06-09"), isos("Talks ended Wednesday night."));
        assertEquals(List.of("2021-06-11"), isos("The envoys will meet on Friday."));
        assertEquals(List.of("2021-06-14"), isos("They meet again next Monday."));
    }

    @Test
    void bareYearsButNotAmounts() {
        assertEquals(List.of("1995"), isos("The 1995 accord still holds."));
        assertEquals(List.of(), isos("About 2000 troops and $1999 in cash were sent for the 1995-96 season."));
    }

    @Test
    void monthDaysShortlyAheadStayInTheYear() {
        assertEquals(List.of("2021-06-20"), isos("The vote is set for June 20."));
        assertEquals(List.of("2020-12-24"), isos("The ceasefire began on December 24."));
    }

    @Test
    void anAsciiCharEqualsAnAsciiLetterIgnoringCaseOnlyAsThatLetter() {
        // what containsIgnoreCase's fast path assumes of an ASCII first char
        for (char f = 0; f < 0x80; f++) {
            for (char c = 0; c < 0x80; c++) {
                boolean same = c == Character.toLowerCase(f) || c == Character.toUpperCase(f);
                assertEquals(
                        same,
                        String.valueOf(c).regionMatches(true, 0, String.valueOf(f), 0, 1),
                        (int) f + " / " + (int) c);
            }
        }
    }

    @Test
    void containsIgnoreCaseFindsWhatTheRegionAtEveryPositionFinds() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "dDaAyYtToOmMrRwW \u0130\u0131\u017f\u212a";
        for (int n = 0; n < 5000; n++) {
            String text = RandomText.of(random, alphabet, 14);
            // "is" and "ka" start with letters that non-ASCII chars equal ignoring case (İ, ſ, the Kelvin sign)
            for (String word : List.of("day", "tomorrow", "da", "is", "ka")) {
                assertEquals(
                        EventDates.containsIgnoreCasePlain(text, word),
                        EventDates.containsIgnoreCase(text, word),
                        text + " / " + word);
            }
        }
    }

    @Test
    void theArticleDayIsWhatTheFullDayPatternAndTheParserGave() {
        java.util.Random random = new java.util.Random(3);
        java.util.regex.Pattern fullDay = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
        String alphabet = "0123456789-T:\u0661";
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            if (random.nextBoolean()) {
                b.append(String.format(
                        java.util.Locale.ROOT,
                        "%04d-%02d-%02d",
                        random.nextInt(3000),
                        random.nextInt(14),
                        random.nextInt(33)));
            }
            b.append(RandomText.of(random, alphabet, 12));
            String iso = b.toString();
            String plain = plainDay(fullDay, iso);
            String fast;
            try {
                fast = String.valueOf(EventDates.day(new ArticleDate(iso, iso, null)));
            } catch (RuntimeException e) {
                fast = e.getClass().getName() + ": " + e.getMessage();
            }
            assertEquals(plain, fast, iso);
        }
    }

    /** The article day as a regular expression and LocalDate.parse found it, or the exception thrown. */
    private static String plainDay(java.util.regex.Pattern fullDay, String iso) {
        if (!fullDay.matcher(iso).lookingAt()) {
            return "null";
        }
        try {
            return java.time.LocalDate.parse(iso.substring(0, 10)).toString();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
