package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @Test
    void readsAuthorAndUpdatedDate() {
        Bylines.Byline b = Bylines.parse("By Xu Mouquan Updated Nov.10", true).orElseThrow();
        assertEquals(List.of("Xu Mouquan"), b.authors());
        assertEquals(new ArticleDate("Updated Nov.10", "--11-10", "updated"), b.date());
        assertTrue(b.marked());
    }

    /** "updated" and "last updated" both end the text before the date: the longer one is the kind word. */
    @Test
    void longestKindWordBeforeTheDate() {
        Bylines.Byline b = Bylines.parse("Last updated 04 Jun 2020, originally created 17 Jun 2019", false)
                .orElseThrow();
        assertEquals(new ArticleDate("Last updated 04 Jun 2020", "2020-06-04", "updated"), b.date());
        Bylines.Byline p =
                Bylines.parse("Maria Lind, first published 3 May 2021", false).orElseThrow();
        assertEquals("first published 3 May 2021", p.date().text());
    }

    @Test
    void dropsCounterWordsAfterBareName() {
        Bylines.Byline b = Bylines.parse("Daniel Kim Views", false).orElseThrow();
        assertEquals(List.of("Daniel Kim"), b.authors());
        assertNull(b.date());
    }

    @Test
    void bareNamesAreReadPartByPart() {
        assertEquals(
                List.of("Ann Lee", "Bo Wu"),
                Bylines.parse("Ann Lee, Bo Wu", false).orElseThrow().authors());
        assertEquals(
                List.of("Ann Lee", "Bo Wu"),
                Bylines.parse("Ann Lee and Bo Wu 12 Comments", false)
                        .orElseThrow()
                        .authors());
        // a first part, or a later one, that is no name makes the line none
        assertTrue(Bylines.parse("Talks begin, Ann Lee", false).isEmpty());
        assertTrue(Bylines.parse("Ann Lee, then the talks began", false).isEmpty());
        assertTrue(Bylines.parse("Ann Lee,", false).orElseThrow().authors().contains("Ann Lee"));
    }

    @Test
    void counterCharsAreDroppedAsTheRegexDropsThem() {
        java.util.Random random = new java.util.Random(20261123);
        for (int n = 0; n < 50_000; n++) {
            String text = dev.corpus.testing.RandomText.of(random, "0123456789.,:|ab V\u00e9", 12);
            assertEquals(text.replaceAll("[0-9.,:|]", ""), Bylines.withoutCounterChars(text), text);
        }
    }

    @Test
    void bareNameNeedsPermission() {
        assertTrue(Bylines.parse("Daniel Kim Views", true).isEmpty());
    }

    @Test
    void splitsSeveralAuthors() {
        assertEquals(
                List.of("Anna Schmidt", "Jean-Luc Picard", "Mary O'Neil"),
                Bylines.parse("By Anna Schmidt, Jean-Luc Picard and Mary O'Neil", true)
                        .orElseThrow()
                        .authors());
        assertEquals(
                List.of("Hans Meier", "Eva Braun-Weiß"),
                Bylines.parse("Von Hans Meier und Eva Braun-Weiß", true)
                        .orElseThrow()
                        .authors());
    }

    @Test
    void keepsInitialsAndParticles() {
        assertEquals(
                List.of("Sarah E. Needleman"),
                Bylines.parse("By Sarah E. Needleman", true).orElseThrow().authors());
        assertEquals(List.of("Ursula von der Leyen"), Bylines.authors("Ursula von der Leyen"));
    }

    @Test
    void removesEmailRolesAndOrganizations() {
        assertEquals(
                List.of("Jane Roe"),
                Bylines.parse("By Jane Roe, Staff Writer", true).orElseThrow().authors());
        assertEquals(
                List.of("Jane Roe"),
                Bylines.parse("By Jane Roe jane.roe@example.com", true)
                        .orElseThrow()
                        .authors());
        assertEquals(
                List.of("Jane Roe"),
                Bylines.parse("By Jane Roe | Reuters", true).orElseThrow().authors());
        assertEquals(List.of(), Bylines.authors("Associated Press"));
        assertEquals(List.of(), Bylines.authors("The Editorial Board"));
    }

    @Test
    void titleCasesNamesInCapitals() {
        assertEquals(
                List.of("John Smith"),
                Bylines.parse("BY JOHN SMITH", true).orElseThrow().authors());
    }

    @Test
    void readsPublishedDateWithTime() {
        Bylines.Byline b =
                Bylines.parse("Published: Nov 18, 2019 at 9:24 pm ET", true).orElseThrow();
        assertEquals("2019-11-18", b.date().iso());
        assertEquals("published", b.date().kind());
        assertEquals("Published: Nov 18, 2019 at 9:24 pm ET", b.date().text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "North Korea, Cuba Open New Chapter in Diplomacy: Expert",
                "TECH  PERSONAL TECHNOLOGY: REVIEW",
                "Share this article",
                "content@example.com"
            })
    void headlinesAndLabelsAreNoBylines(String line) {
        assertTrue(Bylines.parse(line, false).isEmpty(), () -> "parsed " + Bylines.parse(line, false));
    }

    @Test
    void markupNamesAreKeptAsWritten() {
        assertEquals(List.of("dpa"), Bylines.fromMarkup("dpa"));
        assertEquals(List.of("viktor hedlund"), Bylines.fromMarkup("viktor hedlund"));
        assertEquals(List.of("Anna Berg", "Lea Wolf"), Bylines.fromMarkup("Von Anna Berg und Lea Wolf"));
        assertEquals(List.of("Elena Ober"), Bylines.fromMarkup("Elena Ober (obe)"));
        assertEquals(List.of("신현주"), Bylines.fromMarkup("신현주 기자"));
    }

    @Test
    void markupDropsWhatIsNoName() {
        assertEquals(List.of(), Bylines.fromMarkup("j.roe@example.com"));
        assertEquals(List.of(), Bylines.fromMarkup("https://example.com/authors/jane-roe"));
        assertEquals(List.of(), Bylines.fromMarkup("jane-roe"));
        assertEquals(
                List.of("Jane Roe"),
                Bylines.fromMarkup("Jane Roe, professor of history at the university of the island, 2024-05-01"));
    }

    /** The check before the regex skips only words the regex would leave as they are. */
    @Test
    void withoutTrailingMatchesItsRegex() {
        java.util.regex.Pattern stops = java.util.regex.Pattern.compile("[,;:.]+$");
        String alphabet = "aB,;:.\n\r\u0085\u2028\u2029-";
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 5000; round++) {
            String word = dev.corpus.testing.RandomText.of(random, alphabet, 6);
            assertEquals(stops.matcher(word).replaceAll(""), Bylines.withoutTrailing(word, stops, ",;:."), word);
        }
    }

    /** The byline's parts are split without the regex where it cannot match: the parts must be the regex's. */
    @Test
    void splitIsTheRegexSplit() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(
                "\\s*(?:,|;|/|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bog\\b|\\bsowie\\b)\\s*");
        String[] pieces = {
            "Ann",
            "Lee",
            "and",
            "und",
            "et",
            "y",
            "e",
            "og",
            "sowie",
            "Sandy",
            "Andy",
            "e\u0301",
            "_e",
            "e_",
            ",",
            ";",
            "/",
            "&",
            " ",
            "  ",
            "\u00a0",
            "-",
            "É",
            "\uD835\uDC00",
            "12",
            "ety"
        };
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            assertEquals(List.of(regex.split(text)), List.of(Bylines.split(text)), text);
        }
    }

    /** A line is marked when its lower case opens with a marker and a space or colon: the ASCII fast path agrees. */
    @Test
    void markedWhenTheLowerCaseOpensWithAMarker() {
        List<String> markers =
                dev.corpus.util.Resources.sections("/dev/corpus/article/byline.txt").get("markers").stream()
                        .map(m -> m.toLowerCase(java.util.Locale.ROOT))
                        .toList();
        String[] pieces = {
            "By", "BY", "by", "Von", "written", "Written By", "İ", "ß", "é", " ", ":", "Ana", "Ruiz", "au", "thor", "s"
        };
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20000; round++) {
            String text = dev.corpus.testing.RandomText.ofPieces(random, pieces, 5);
            String rest = text.strip();
            String lower = rest.toLowerCase(java.util.Locale.ROOT);
            // longest first, as the markers are tried
            int expected = markers.stream()
                    .filter(m -> lower.startsWith(m)
                            && rest.length() > m.length()
                            && (rest.charAt(m.length()) == ' ' || rest.charAt(m.length()) == ':'))
                    .mapToInt(String::length)
                    .max()
                    .orElse(0);
            assertEquals(expected, Bylines.markerLength(rest), text);
        }
    }
}
