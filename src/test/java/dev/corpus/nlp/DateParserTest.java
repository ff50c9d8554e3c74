package dev.corpus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nov. 19, 2019 8:03 am ET | 2019-11-19 | Nov. 19, 2019",
                "Updated Nov.10 | --11-10 | Nov.10",
                "on November 4 for a state visit | --11-04 | November 4",
                "19 November 2019, 09:01 AM | 2019-11-19 | 19 November 2019",
                "Stand: 19. November 2019 | 2019-11-19 | 19. November 2019",
                "am 3. März 2020 veröffentlicht | 2020-03-03 | 3. März 2020",
                "2019-11-18T21:24:00-05:00 | 2019-11-18 | 2019-11-18",
                "الأربعاء، 07 أكتوبر 2020 - 12:09 م | 2020-10-07 | 07 أكتوبر 2020",
                "published 2019/11/18 | 2019-11-18 | 2019/11/18",
                "19.11.2019 | 2019-11-19 | 19.11.2019",
                "입력2023.11.02. 오후 8:06 | 2023-11-02 | 2023.11.02",
                "2020年07月03日 | 2020-07-03 | 2020年07月03日",
                "15 августа 2016, 13:43 | 2016-08-15 | 15 августа 2016",
                "duminică, 20 septembrie 2020 | 2020-09-20 | 20 septembrie 2020",
                "11/19/2019 | 2019-11-19 | 11/19/2019",
                "25/12/2019 | 2019-12-25 | 25/12/2019",
                "in November 2019 the | 2019-11 | November 2019",
                "Tuesday, November 19th 2019 | 2019-11-19 | November 19th 2019",
                "the 4th of July, 1976 | 1976-07-04 | 4th of July, 1976",
                "1er janvier 2019 | 2019-01-01 | 1er janvier 2019",
                "publié le 23 mai 2019 | 2019-05-23 | 23 mai 2019",
                "NOV 5, 2019 | 2019-11-05 | NOV 5, 2019"
            })
    void findsDatesInTheirForms(String text, String iso, String matched) {
        DateParser.Match m = DateParser.find(text).orElseThrow();
        assertEquals(iso, m.iso());
        assertEquals(matched, text.substring(m.start(), m.end()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The US may warn Cuba",
                "31 Februaryx 2019",
                "31.02.2019",
                "2019-13-45",
                "The 2-3 years ago",
                "Comments0",
                "version 10.2.3",
                "the march on Washington"
            })
    void ignoresWhatIsNoDate(String text) {
        assertTrue(DateParser.find(text).isEmpty(), () -> "found " + DateParser.find(text));
    }

    @ParameterizedTest
    @CsvSource({"February,2", "Feb,2", "Februar,2", "févr,2", "Dezember,12", "sept,9", "nothing,0"})
    void knowsMonthNamesInSeveralLanguages(String name, int number) {
        assertEquals(number, DateParser.monthNumber(name));
    }

    @org.junit.jupiter.api.Test
    void findsAllDatesLeftToRight() {
        List<DateParser.Match> all = DateParser.findAll("From March 16, 2024 to 2024-04-15 and May 2025.");
        assertEquals(
                List.of("2024-03-16", "2024-04-15", "2025-05"),
                all.stream().map(DateParser.Match::iso).toList());
    }

    @org.junit.jupiter.api.Test
    void allowsLeapDayWithoutYear() {
        assertEquals("--02-29", DateParser.isoDay(null, 2, 29));
        assertEquals(null, DateParser.isoDay(2019, 2, 29));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://news.example.com/2019/11/19/story-title/ | 2019-11-19",
                "https://example.org/posts/2020-6-24-headline.html | 2020-06-24",
                "https://example.org/meldungen/29-10-2021 | 2021-10-29",
                "https://example.org/news/20200516/story-title | 2020-05-16",
                "https://example.org/news/202005161234/story | ''",
                "https://example.org/2019/11/archive/ | ''",
                "https://example.org/story?date=2019-11-19 | ''",
                "https://2019-11-19.example.org/ | ''"
            })
    void readsTheDayInAnAddressPath(String url, String iso) {
        assertEquals(iso, DateParser.fromUrl(url).orElse(""));
    }

    @Test
    void slashDayWithTwoReadingsGivesTheOther() {
        assertEquals("2017-04-12", DateParser.find("04/12/2017").orElseThrow().iso());
        assertEquals(java.util.Optional.of("2017-12-04"), DateParser.otherReading("04/12/2017"));
        assertEquals(java.util.Optional.empty(), DateParser.otherReading("25/12/2017"));
        assertEquals(java.util.Optional.empty(), DateParser.otherReading("19.11.2019"));
    }

    @Test
    void findAllReadsTheRestAfterEachDateOnItsOwn() {
        // a number shaped like a day that is none ("2019-13-45") is skipped, and the search goes on after it
        List<DateParser.Match> all = DateParser.findAll("On 2019-11-19, 19.11.2020, 2019-13-45 then Nov. 3 and 4 May");
        assertEquals(
                List.of("2019-11-19", "2020-11-19", "--11-03", "--05-04"),
                all.stream().map(DateParser.Match::iso).toList());
        assertEquals(3, all.get(0).start());
        assertEquals(15, all.get(1).start());
        assertEquals(54, all.get(3).start());
    }

    @Test
    void aYearIsAFourDigitRunInRange() {
        assertTrue(DateParser.mayHoldYear("on 3 May 2011 by Ann"));
        assertTrue(DateParser.mayHoldYear("1800"));
        assertTrue(DateParser.mayHoldYear("2023-11-09T01:49Z"));
        assertFalse(DateParser.mayHoldYear("12345 and 99"));
        assertFalse(DateParser.mayHoldYear("1799 or 2200"));
        assertFalse(DateParser.mayHoldYear("Updated Nov.10"));
        assertFalse(DateParser.mayHoldYear(""));
        assertTrue(DateParser.mayHoldYear("x2199"));
        assertFalse(DateParser.mayHoldYear("12019 and 20190 and 199"));
        assertTrue(DateParser.mayHoldYear("12019 and 2019"));
    }

    @Test
    void aYearIsFoundWhereverAPlainScanOfEachRunFindsOne() {
        Random random = new Random(20261123);
        for (int n = 0; n < 200_000; n++) {
            String text = RandomText.of(random, "0123456789128 a-", 24);
            assertEquals(plainMayHoldYear(text), DateParser.mayHoldYear(text), text);
            // from the first digit, as the events' date search asks it
            assertEquals(plainMayHoldYear(text), DateParser.mayHoldYear(text, DateParser.firstDigit(text)), text);
        }
        assertEquals(-1, DateParser.firstDigit("no digit at all"));
        assertFalse(DateParser.mayHoldYear("no digit at all", -1));
        assertEquals(7, DateParser.firstDigit("in May 2019"));
        assertTrue(DateParser.mayHoldYear("in May 2019", 7));
    }

    /** Every run of digits read whole: a run of exactly four in 1800..2199 is a year. */
    private static boolean plainMayHoldYear(String text) {
        var run = java.util.regex.Pattern.compile("\\d+").matcher(text);
        while (run.find()) {
            if (run.group().length() == 4) {
                int year = Integer.parseInt(run.group());
                if (year >= 1800 && year <= 2199) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void searchFindsWhatEachPatternsFindLoopFinds() {
        String[] pieces = {
            "19",
            "4th",
            "1er",
            "3.",
            "2019",
            "1799",
            "2200",
            "20190",
            "11",
            "13",
            "45",
            "0",
            "7",
            "-",
            "/",
            ".",
            ",",
            " ",
            "  ",
            "\t",
            "\n",
            "of ",
            "de ",
            "st",
            "th",
            "º",
            "Nov",
            "Nov.",
            "November",
            "NOVEMBER",
            "nov",
            "März",
            "mai",
            "Mai",
            "May",
            "March",
            "march",
            "Mark",
            "Sunday",
            "Dec",
            "Decision",
            "Juni",
            "Jun",
            "Ju",
            "janvier",
            "Enero",
            "يناير",
            "年",
            "년",
            "月",
            "日",
            "T08:03:00Z",
            "Ann",
            "said",
            "é",
            "\u0301",
            "_",
            "x"
        };
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            String text = i % 4 == 0
                    ? RandomText.of(random, "0123456789-/. ,NovMayJunMärz年月日\u0301", 24)
                    : RandomText.ofPieces(random, pieces, 12);
            assertEquals(plainAll(text), DateParser.findAll(text), text);
            assertEquals(java.util.Optional.ofNullable(DateSearch.plainFirst(text, 0)), DateParser.find(text), text);
        }
    }

    @Test
    void searchFindsNamesAtEveryGapBeforeTheirNumber() {
        String[] gaps = {"", ".", ",", " ", "  ", "   ", ". ", ", ", ".,  ", "., ", " , ", ".,   ", "\t\n"};
        String[] before = {"", "x", "in ", "said", "12 "};
        String[] numbers = {"5", "19", "2019", "1799"};
        int dated = 0;
        for (String name : List.of("Nov", "Nov.", "November", "Mai", "mai", "Sept.", "SEPTEMBER", "Mark")) {
            for (String gap : gaps) {
                for (String b : before) {
                    for (String n : numbers) {
                        String text = b + name + gap + n;
                        List<DateParser.Match> all = DateParser.findAll(text);
                        assertEquals(plainAll(text), all, text);
                        dated += all.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(dated > 100, "too few dates to test: " + dated); // the gaps allowed do give dates
    }

    /** {@link DateParser#findAll} from the plain search. */
    private static List<DateParser.Match> plainAll(String text) {
        List<DateParser.Match> all = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            DateParser.Match m = DateSearch.plainFirst(text, from);
            if (m == null) {
                break;
            }
            all.add(m);
            from = m.end();
        }
        return all;
    }
}
