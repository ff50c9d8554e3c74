package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Block;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {
    private static final ActorExtractor EXTRACTOR = new ActorExtractor(Gazetteer.builtIn());

    /** Every paragraph (blank-line separated) of the source as one block. */
    private static List<Actor> actors(String source) {
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        for (String para : source.split("\n\n")) {
            int at = source.indexOf(para, from);
            blocks.add(
                    new Block(blocks.size(), para, OffsetMap.identity(at, para.length()), BlockKind.values()[0], null));
            from = at + para.length();
        }
        return EXTRACTOR.extract(blocks, source);
    }

    private static @Nullable Actor find(List<Actor> actors, String name) {
        for (Actor a : actors) {
            if (a.name().equals(name) || a.aliases().contains(name)) {
                return a;
            }
        }
        return null;
    }

    private static String cp(String s, Span span) {
        int[] cps = s.codePoints().toArray();
        return new String(cps, span.start(), span.end() - span.start());
    }

    @Test
    void koreanNamesAreNeverMergedByFamilyName() {
        List<Actor> got = actors("North Korean leader Kim Jong Un met Kim Yo Jong on the birthday of Kim Il Sung. "
                + "Kim Yo Jong later spoke.");
        Actor un = find(got, "Kim Jong Un");
        Actor yo = find(got, "Kim Yo Jong");
        Actor il = find(got, "Kim Il Sung");
        assertNotNull(un);
        assertNotNull(yo);
        assertNotNull(il);
        assertTrue(un != yo && yo != il && un != il);
        assertEquals("PRK", un.country());
        assertEquals(List.of("Leader"), un.roles());
        assertEquals(2, yo.mentions());
    }

    @Test
    void demonymsCountForTheirCountryWithoutBecomingNames() {
        List<Actor> got = actors("Cuban authorities said Cuba would respond.");
        Actor cuba = find(got, "Cuba");
        assertNotNull(cuba);
        assertEquals("country", cuba.type());
        assertEquals("CUB", cuba.country());
        assertEquals(2, cuba.mentions());
        assertFalse(cuba.aliases().contains("Cuban"));
        assertNull(find(got, "Cuban"));
    }

    @Test
    void aHyphenBetweenACountryAndANameJoinsTwoActors() {
        List<Actor> got = actors("Tokyo asked for a Japan-North Korea meeting. Guinea-Bissau did not comment.");
        assertEquals("JPN", find(got, "Japan").country());
        assertEquals("PRK", find(got, "North Korea").country());
        assertNotNull(find(got, "Guinea-Bissau"), "a country whose name has a hyphen stays whole");
        assertTrue(got.stream().noneMatch(a -> a.name().equals("Japan-North")));
    }

    @Test
    void aNameEndingInAPlaceWordIsAPlaceEvenBeforeASpeaker() {
        List<Actor> got = actors("Speaking to crowds on the National Mall, Mr. Tambo said the museum would open.");
        assertEquals("place", find(got, "National Mall").type());
    }

    @Test
    void capitalsArePlacesOfTheirCountry() {
        List<Actor> got = actors("The delegation flew from Havana to Pyongyang.");
        Actor pyongyang = find(got, "Pyongyang");
        assertNotNull(pyongyang);
        assertEquals("place", pyongyang.type());
        assertEquals("PRK", pyongyang.country());
        assertEquals("CUB", find(got, "Havana").country());
    }

    @Test
    void abbreviationsAreTheirCountry() {
        List<Actor> got = actors("The US and the DPRK talked. Later the U.S. envoy left.");
        Actor us = find(got, "US");
        assertNotNull(us);
        assertEquals("USA", us.country());
        assertEquals(2, us.mentions());
        assertTrue(us.aliases().contains("U.S."));
        assertEquals("PRK", find(got, "DPRK").country());
    }

    @Test
    void accentVariantsSurnamesRolesAndBackReferencesJoinTheFullName() {
        List<Actor> got = actors("Cuban President Miguel Díaz-Canel arrived on Monday. Diaz-Canel smiled.\n\n"
                + "Observers said the Cuban leader was tired. Díaz-Canel left.");
        Actor p = find(got, "Miguel Díaz-Canel");
        assertNotNull(p);
        assertEquals("Miguel Díaz-Canel", p.name());
        assertEquals("person", p.type());
        assertEquals("CUB", p.country());
        assertEquals(List.of("President"), p.roles());
        assertTrue(p.aliases().contains("Diaz-Canel"));
        assertTrue(p.aliases().contains("Díaz-Canel"));
        assertTrue(p.aliases().contains("Cuban leader"));
        assertEquals(4, p.mentions());
    }

    @Test
    void surnameOfAChineseNameAndOrganizations() {
        List<Actor> got = actors("Guo Rui, a professor at Jilin University, said ties were close. Guo argues so. "
                + "The Korean Central News Agency (KCNA) agreed, and KCNA repeated it.");
        Actor guo = find(got, "Guo Rui");
        assertNotNull(guo);
        assertTrue(guo.aliases().contains("Guo"));
        assertEquals(List.of("Professor"), guo.roles());
        assertEquals("organization", find(got, "Jilin University").type());
        Actor kcna = find(got, "Korean Central News Agency");
        assertNotNull(kcna);
        assertEquals(3, kcna.mentions());
        assertTrue(kcna.aliases().contains("KCNA"));
    }

    @Test
    void roleWithItsOrganization() {
        List<Actor> got = actors("Kim Yo Jong, the Deputy Director of the Labor Party, made a statement.");
        Actor kim = find(got, "Kim Yo Jong");
        assertNotNull(kim);
        assertEquals(List.of("Deputy Director of the Labor Party"), kim.roles());
        assertEquals("organization", find(got, "Labor Party").type());
    }

    @Test
    void groups() {
        Actor experts = find(actors("Experts say the plan will fail."), "experts");
        assertNotNull(experts);
        assertEquals("group", experts.type());
    }

    @Test
    void spansAreCodePointsOfTheSourceEvenAfterAnEmoji() {
        String source = "🇨🇺 Big news 😀\n\nCuban President Miguel Díaz-Canel visited North Korea.";
        List<Actor> got = actors(source);
        Actor p = find(got, "Miguel Díaz-Canel");
        assertNotNull(p);
        assertEquals("Miguel Díaz-Canel", cp(source, p.spans().get(0)));
        Actor nk = find(got, "North Korea");
        assertEquals("North Korea", cp(source, nk.spans().get(0)));
        Actor cuba = find(got, "Cuba");
        assertEquals("Cuban", cp(source, cuba.spans().get(0)));
    }

    @Test
    void userGazetteerAddsNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("mine.tsv");
        java.nio.file.Files.writeString(
                file,
                "# mine\nAcme Widgets\torganization\tUSA\nZorblatt\tperson\tFRA\tJean Zorblatt\n",
                java.nio.charset.StandardCharsets.UTF_8);
        ActorExtractor ex = new ActorExtractor(Gazetteer.withFiles(List.of(file)));
        String text = "Acme Widgets hired Zorblatt yesterday.";
        List<Actor> got = ex.extract(
                List.of(new Block(0, text, OffsetMap.identity(0, text.length()), BlockKind.values()[0], null)), text);
        assertEquals("USA", find(got, "Acme Widgets").country());
        assertEquals("FRA", find(got, "Zorblatt").country());
    }
}
