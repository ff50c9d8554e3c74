package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpus.load.Block;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The name rules for sports pages, tables, capital-letter lines and compounds, on texts written for them. */
class NameRulesTest {
    private static final ActorExtractor EXTRACTOR = new ActorExtractor(Gazetteer.builtIn());

    private static List<Block> blocks(String source, int from, int to) {
        List<Block> out = new ArrayList<>();
        int at = 0;
        int n = 0;
        for (String para : source.split("\n\n")) {
            int start = source.indexOf(para, at);
            if (n >= from && n < to) {
                out.add(new Block(n, para, OffsetMap.identity(start, para.length()), BlockKind.values()[0], null));
            }
            at = start + para.length();
            n++;
        }
        return out;
    }

    private static List<Actor> actors(String source) {
        return EXTRACTOR.extract(blocks(source, 0, Integer.MAX_VALUE), source);
    }

    private static @Nullable Actor find(List<Actor> actors, String name) {
        for (Actor a : actors) {
            if (a.name().equals(name) || a.aliases().contains(name)) {
                return a;
            }
        }
        return null;
    }

    private static String type(List<Actor> actors, String name) {
        Actor a = find(actors, name);
        assertNotNull(a, name + " in " + actors);
        return a.type();
    }

    @Test
    void aHyphenatedTitleIsTheRole() {
        List<Actor> got = actors("Vice-President Anselm Quigg opened the new bridge on Monday.");
        Actor quigg = find(got, "Anselm Quigg");
        assertNotNull(quigg, got.toString());
        assertEquals(List.of("Vice-President"), quigg.roles());
    }

    @Test
    void aSentenceOpenerBeforeACommaIsNoListedPlace() {
        List<Actor> got = actors("Meanwhile, Norway is opening embassies in several Western countries to win friends.");
        assertEquals("country", type(got, "Norway"));
        assertNull(find(got, "Meanwhile"), got.toString());
        assertNull(find(got, "Western"), "a compass adjective alone is no name: " + got);
    }

    @Test
    void aListOfTownsSharesTheKnownTownsKind() {
        List<Actor> got = actors("The storm hit Lyon, Kelloway and Brunsfield on Monday night.");
        assertEquals("place", type(got, "Kelloway"));
    }

    @Test
    void aLineOfNamesIsNoHeadline() {
        List<Actor> got = actors("The side was: 19 - Torvald Brekke, 2 - Anselm Quigg, 3 - Ivo Marten.");
        assertEquals("person", type(got, "Torvald Brekke"));
        assertEquals("person", type(got, "Anselm Quigg"));
    }

    @Test
    void tableRowsNameClubsNotPlaces() {
        List<Actor> got = actors("Standings after Saturday's games:\n\nLeeds 21 11 6 4 38 20 39\n\n"
                + "Brugmore Athletic 20 9 6 5 30 22 33\n\nFrance 12 3 1 0 9 2 10");
        assertEquals("organization", type(got, "Leeds"));
        assertEquals("organization", type(got, "Brugmore Athletic"));
        assertEquals("country", type(got, "France"));
    }

    @Test
    void tableEntrantsArePeopleInATableOfPeople() {
        List<Actor> got = actors("Leading scores:\n\nJohn Quarles 69 70 139\n\nMary Ostrow 70 70 140\n\n"
                + "Desmo Terbalt (Namibia) 71 70 141");
        assertEquals("person", type(got, "Desmo Terbalt"));
        assertEquals("country", type(got, "Namibia"));
    }

    @Test
    void compoundsWithAPlace() {
        List<Actor> got = actors(
                "Fans of Real Madrid and Sheffield United flew from North Yangon to the " + "University of Yangon.");
        assertEquals("organization", type(got, "Real Madrid"));
        assertEquals("organization", type(got, "Sheffield United"));
        assertEquals("place", type(got, "North Yangon"));
        assertEquals("organization", type(got, "University of Yangon"));
        assertNull(find(got, "Madrid"));
    }

    @Test
    void capitalLinesAreSplitAtFunctionWordsAndFurnitureIsNoName() {
        List<Actor> got = actors("ANAHEIM AT PITTSBURGH\n\nGroup A\n\nPACIFIC DIVISION\n\nAnaheim beat Pittsburgh.");
        assertEquals("place", type(got, "Pittsburgh"));
        assertNull(find(got, "ANAHEIM AT PITTSBURGH"));
        assertNull(find(got, "Group A"));
        assertNull(find(got, "PACIFIC DIVISION"));
    }

    @Test
    void initialsJoinTheSurname() {
        List<Actor> got = actors("C. Hooper was run out by R. Pontworth.");
        assertEquals("person", type(got, "C. Hooper"));
        assertEquals("person", type(got, "R. Pontworth"));
    }

    @Test
    void headerLinesAreReadButAuthorNamesAreNot() {
        String src = "Rain floods Leeds\n\nDaniel Kim\n\nFloods hit Leeds on Monday, Daniel Kim reported.";
        List<Actor> got = EXTRACTOR.extract(blocks(src, 0, 2), blocks(src, 2, 3), List.of("Daniel Kim"), src);
        Actor leeds = find(got, "Leeds");
        assertNotNull(leeds);
        assertEquals(2, leeds.mentions());
        Actor kim = find(got, "Daniel Kim");
        assertNotNull(kim); // named in the body, so an actor; the byline's line does not count
        assertEquals(1, kim.mentions());
    }

    @Test
    void aDatelineNamesPlacesAndItsDateIsNoScore() {
        String src = "STORM HITS COAST.\n\nKELMARSH, Australia 2001-03-04\n\nRain fell on the town all week.";
        List<Actor> got = EXTRACTOR.extract(blocks(src, 0, 2), blocks(src, 2, 3), List.of(), src);
        assertEquals("place", type(got, "KELMARSH"));
        assertEquals("country", type(got, "Australia"));
    }

    @Test
    void anEntrantFromACountryIsAPerson() {
        List<Actor> got = actors("1. Hanna Kovix (Norway) 1:18.15\n\n2. Olga Brenk (Austria) 1:19.01");
        assertEquals("person", type(got, "Hanna Kovix"));
        assertEquals("person", type(got, "Olga Brenk"));
        assertEquals("country", type(got, "Norway"));
    }

    @Test
    void aBracketedNameAfterAPersonIsTheClub() {
        List<Actor> got = actors("Top scorers: 9 - Tomas Brell (Arsenal), Ivo Dantz (Leeds)");
        assertEquals("person", type(got, "Tomas Brell"));
        assertEquals("organization", type(got, "Arsenal"));
        assertEquals("organization", type(got, "Leeds"));
    }

    @Test
    void aLoneWordBeforeSaidIsAPersonOnlyWhenTheTextNamesOne() {
        List<Actor> got = actors("Vantrix said on Friday its sales rose. Analyst Petra Olsk agreed, and Olsk said so.");
        assertEquals("organization", type(got, "Vantrix"));
        Actor olsk = find(got, "Petra Olsk");
        assertNotNull(olsk);
        assertEquals(2, olsk.mentions());
    }

    @Test
    void organizationNamesRunOnPastOfTheForAndAnd() {
        List<Actor> got = actors("Staff of the Delta Telegraph and Telephone Corp met the League for Rural Progress.");
        assertEquals("organization", type(got, "Delta Telegraph and Telephone Corp"));
        assertEquals("organization", type(got, "League for Rural Progress"));
    }

    @Test
    void aNounOfKindMakesAnOrganization() {
        List<Actor> got = actors("Dutch retail group Kelmar opened stores, and the Morvan Daily newspaper said so.");
        assertEquals("organization", type(got, "Kelmar"));
    }

    @Test
    void titlesStayOutOfTheName() {
        List<Actor> got = actors("Mr Quandt left early. Lieutenant-General Aron Velk spoke, and Top-seeded Brax won.");
        assertNotNull(find(got, "Quandt"));
        assertEquals("person", type(got, "Aron Velk"));
        assertNull(find(got, "Top-seeded Brax"));
    }

    @Test
    void countriesWithSeveralDictionaryCodesAreKnown() {
        List<Actor> got = actors("Officials from Kuwait and Iraq met in Geneva.");
        assertEquals("KWT", find(got, "Kuwait").country());
        assertEquals("IRQ", find(got, "Iraq").country());
    }

    @Test
    void capitalizedWordsTheTextAlsoWritesInLowerCaseAreNoPerson() {
        List<Actor> got = actors("Slaughter Steers sold well. Trade in slaughter steers was slow.");
        assertNull(find(got, "Slaughter Steers"));
    }

    @Test
    void placeWordsEndAPlaceAndAPlayersRoleMakesACityItsClub() {
        List<Actor> got =
                actors("They met in Harlow Street before the game. Later the Kelso captain Ivo Brandt scored.");
        assertEquals("place", type(got, "Harlow Street"));
        assertEquals("organization", type(got, "Kelso"));
        assertEquals("person", type(got, "Ivo Brandt"));
    }

    @Test
    void coordinatedNamesShareAKind() {
        List<Actor> got = actors("Flights to Bucharest, Vorlen and Tassik were cancelled on Friday.");
        assertEquals("place", type(got, "Vorlen"));
        assertEquals("place", type(got, "Tassik"));
    }

    @Test
    void anUntypedMentionTakesTheKindOfTheSameNameElsewhere() {
        List<Actor> got = actors("The fans of Vortena cheered. Vortena will play without its captain.");
        Actor club = find(got, "Vortena");
        assertNotNull(club);
        assertEquals("organization", club.type());
        assertEquals(2, club.mentions());
    }

    @Test
    void aTitleWordAloneIsTheSurnameOfAPersonNamedInFull() {
        List<Actor> got = actors("Prime Minister Edwin Major spoke on Monday. Major told parliament he would stay.");
        Actor major = find(got, "Edwin Major");
        assertNotNull(major);
        assertEquals(2, major.mentions());
    }

    @Test
    void adjectivesAreNoNamesAndKnownSurnamesArePeople() {
        List<Actor> got = actors("The group joined an armed Islamic movement, and later asked Obama for help.");
        assertNull(find(got, "Islamic"));
        assertEquals("person", type(got, "Obama"));
    }

    @Test
    void aBlockEndingRightAfterAPersonsCommaIsRead() {
        List<Actor> got = actors("Nobody expected it.\n\nThey met Anna Vell, the");
        assertEquals("person", type(got, "Anna Vell"));
    }

    @Test
    void aGivenNameBeforeAPlaceNameIsAPerson() {
        List<Actor> got = actors("The union's leader, Bill Jordan, spoke in Geneva.");
        assertEquals("person", type(got, "Bill Jordan"));
        assertNull(find(got, "Jordan")); // no country Jordan
    }
}
