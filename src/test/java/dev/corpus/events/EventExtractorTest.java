package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Gazetteer;
import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExtractorTest {
    private final EventExtractor extractor = new EventExtractor();

    private static Actor actor(String text, String name, String type, String country, String... forms) {
        List<Span> spans = new ArrayList<>();
        for (String f : forms) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(f) + "\\b").matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Actor(name, type, country, List.of(), List.of(forms), spans.size(), spans);
    }

    private List<Event> events(String text, ArticleDate date, Actor... actors) {
        return events(extractor, text, date, actors);
    }

    private static List<Event> events(EventExtractor with, String text, ArticleDate date, Actor... actors) {
        Block b = new Block(0, text, OffsetMap.identity(0, text.length()), BlockKind.LINE, BlockHints.text(true, 0));
        return with.extract(List.of(b), List.of(actors), text, date);
    }

    private static final ArticleDate DAY = new ArticleDate("May 20, 2021", "2021-05-20", "published");

    private static String sides(Event e) {
        return e.cameo() + " " + e.sourceCountry() + ">" + e.targetCountry();
    }

    @Test
    void theUsersGazetteerGivesTheCountryOfADemonymInAnActorsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "Zorbian\tdemonym\tZRB\n", StandardCharsets.UTF_8);
        String t = "Zorbian rebels attacked Fiji on Monday.";
        Actor rebels = actor(t, "Zorbian rebels", "group", null, "Zorbian rebels");
        Actor fiji = actor(t, "Fiji", "country", "FJI", "Fiji");
        List<Event> mine = events(new EventExtractor(Gazetteer.withFiles(List.of(file))), t, DAY, rebels, fiji);
        assertTrue(
                mine.stream().anyMatch(e -> "ZRB".equals(e.sourceCountry()) && "FJI".equals(e.targetCountry())),
                () -> mine.toString());
        List<Event> builtIn = events(t, DAY, rebels, fiji);
        assertTrue(builtIn.stream().noneMatch(e -> "ZRB".equals(e.sourceCountry())));
    }

    @Test
    void aGuestWhoReceivesAWelcomeVisits() {
        String t = "Chile's president received a warm welcome in Lima.";
        List<Event> ev =
                events(t, DAY, actor(t, "Chile", "country", "CHL", "Chile"), actor(t, "Lima", "place", "PER", "Lima"));
        assertTrue(ev.stream().anyMatch(e -> sides(e).equals("042 CHL>PER")), () -> ev.toString());
        assertTrue(ev.stream().noneMatch(e -> e.cameo().equals("043")), "the guest hosts nobody");
    }

    @Test
    void possessiveVisitWithDateAndPlace() {
        String t = "Chile's president ended Norway's three-day visit to Lima on April 2.";
        List<Event> ev = events(
                t,
                new ArticleDate("x", "--04-10", "published"),
                actor(t, "Chile", "country", "CHL", "Chile"),
                actor(t, "Norway", "country", "NOR", "Norway"),
                actor(t, "Lima", "place", "PER", "Lima"));
        Event visit =
                ev.stream().filter(e -> e.cameo().equals("042")).findFirst().orElseThrow();
        assertEquals("042 NOR>PER", sides(visit));
        assertEquals("--04-02", visit.date().iso());
        assertEquals("Lima", visit.location());
    }

    @Test
    void metWithInACapital() {
        String t = "Yesterday the Kenyan envoy Amina Otieno met with Prime Minister Ruth Vale in Canberra.";
        List<Event> ev = events(
                t,
                DAY,
                actor(t, "Amina Otieno", "person", "KEN", "Amina Otieno"),
                actor(t, "Ruth Vale", "person", "AUS", "Ruth Vale"),
                actor(t, "Canberra", "place", "AUS", "Canberra"));
        assertEquals("040 KEN>AUS", sides(ev.get(0)));
        assertEquals("2021-05-19", ev.get(0).date().iso());
        assertEquals("Canberra", ev.get(0).location());
    }

    @Test
    void establishingRelationsBetweenTwoCountries() {
        String t = "Officials recalled the day of establishing diplomatic relations between Peru and Fiji last March.";
        List<Event> ev =
                events(t, DAY, actor(t, "Peru", "country", "PER", "Peru"), actor(t, "Fiji", "country", "FJI", "Fiji"));
        assertEquals("054 PER>FJI", sides(ev.get(0)));
        assertEquals("2021-03", ev.get(0).date().iso());
    }

    @Test
    void closingAnEmbassyAndPassive() {
        String t = "Ghana has decided to close its embassy in Norway.";
        Actor ghana = actor(t, "Ghana", "country", "GHA", "Ghana");
        Actor norway = actor(t, "Norway", "country", "NOR", "Norway");
        assertEquals("161 GHA>NOR", sides(events(t, DAY, ghana, norway).get(0)));
        String p = "In 1999 the Ghanaian minister Kofi Mensah was welcomed by Norway.";
        List<Event> ev = events(
                p,
                DAY,
                actor(p, "Kofi Mensah", "person", "GHA", "Kofi Mensah"),
                actor(p, "Norway", "country", "NOR", "Norway"));
        assertEquals("043 NOR>GHA", sides(ev.get(0)));
        assertEquals("1999", ev.get(0).date().iso());
    }

    @Test
    void modesAndQuotes() {
        String t = "Peru should condemn Fiji. \"Fiji will attack Peru,\" a blogger wrote.";
        List<Event> ev =
                events(t, DAY, actor(t, "Peru", "country", "PER", "Peru"), actor(t, "Fiji", "country", "FJI", "Fiji"));
        assertEquals(1, ev.size(), ev.toString());
        assertEquals("hypothetical", ev.get(0).mode());
        assertEquals("ACCUSE", ev.get(0).plover());
        assertTrue(ev.get(0).goldstein() < 0);
    }

    private static Actor chile(String t) {
        return actor(t, "Chile", "country", "CHL", "Chile", "Chilean");
    }

    private static Actor peru(String t) {
        return actor(t, "Peru", "country", "PER", "Peru", "Peruvian");
    }

    private static Actor fiji(String t) {
        return actor(t, "Fiji", "country", "FJI", "Fiji", "Fijian");
    }

    private static List<String> allSides(List<Event> ev) {
        return ev.stream().map(EventExtractorTest::sides).sorted().toList();
    }

    /** The sides of every event in {@code t}, where Chile and Peru are the actors. */
    private List<String> chileAndPeru(String t) {
        return allSides(events(t, DAY, chile(t), peru(t)));
    }

    @Test
    void coordinatedSubjectsMeetEachOther() {
        String t = "Chile, Peru and Fiji met on Monday.";
        List<Event> ev = events(t, DAY, chile(t), peru(t), fiji(t));
        assertEquals(
                List.of("040 CHL>FJI", "040 CHL>PER", "040 FJI>CHL", "040 FJI>PER", "040 PER>CHL", "040 PER>FJI"),
                allSides(ev));
    }

    @Test
    void reportedClauseGivesTheSpeakersEvent() {
        String t = "Chile said it would not provide aid to Fiji.";
        assertEquals(List.of("120 CHL>FJI"), allSides(events(t, DAY, chile(t), fiji(t))));
        String d = "Peru said on Friday that Fiji must return the seized vessel.";
        assertEquals(List.of("100 PER>FJI"), allSides(events(d, DAY, peru(d), fiji(d))));
    }

    @Test
    void trailingAttributionAndSubordinateClauseAreNotTheEvent() {
        String t = "Chile expelled the Peruvian ambassador after Peru attacked a Chilean ship, officials in Fiji said.";
        List<Event> ev = events(t, DAY, chile(t), peru(t), fiji(t));
        assertEquals(List.of("163 CHL>PER"), allSides(ev));
    }

    @Test
    void sameCountryOnBothSides() {
        String t = "Chilean protesters attacked the Chilean parliament.";
        assertEquals(List.of("190 CHL>CHL"), allSides(events(t, DAY, chile(t))));
    }

    @Test
    void passivesWithAndWithoutAgent() {
        String t = "The Peruvian embassy was attacked by Fijian students.";
        assertEquals(List.of("190 FJI>PER"), allSides(events(t, DAY, peru(t), fiji(t))));
        String a = "A Fijian sailor was arrested in Chile on Sunday.";
        List<Event> ev = events(a, DAY, chile(a), fiji(a));
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).cameo().startsWith("17"), ev.toString());
        assertEquals("CHL>FJI", ev.get(0).sourceCountry() + ">" + ev.get(0).targetCountry());
    }

    @Test
    void receivingFromTurnsTheSides() {
        String t = "Fiji received weapons from Peru.";
        assertEquals(List.of("072 PER>FJI"), allSides(events(t, DAY, peru(t), fiji(t))));
    }

    @Test
    void countryFromAQualifierAndAGenericSource() {
        String t = "Chilean Foreign Minister Ana Soto visited Fiji.";
        Actor soto = actor(t, "Ana Soto", "person", null, "Ana Soto");
        assertEquals(List.of("042 CHL>FJI"), allSides(events(t, DAY, chile(t), soto, fiji(t))));
        String g = "The government praised Fiji for its help.";
        List<Event> ev = events(g, DAY, fiji(g));
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(null, ev.get(0).source());
        assertEquals("FJI", ev.get(0).targetCountry());
    }

    @Test
    void aDatedSecondClauseIsItsOwnEvent() {
        String t =
                "Peru's president arrived in Fiji on May 3 for a state visit, the first since Chile visited Fiji in 1990.";
        List<Event> ev = events(t, DAY, chile(t), peru(t), fiji(t));
        assertEquals(List.of("040 PER>FJI", "042 CHL>FJI"), allSides(ev)); // arrived ... for a visit
        assertEquals(
                "1990",
                ev.stream()
                        .filter(e -> e.sourceCountry().equals("CHL"))
                        .findFirst()
                        .orElseThrow()
                        .date()
                        .iso());
    }

    @Test
    void intentsRefusalsAndAgreements() {
        String t = "Chile will give Fiji a grant of 2,500,000 dollars.";
        List<Event> ev = events(t, DAY, chile(t), fiji(t));
        assertEquals(List.of("033 CHL>FJI"), allSides(ev)); // announced aid is an intent to give aid
        assertEquals("expected", ev.get(0).mode());
        String r = "Peru refused to meet the Chilean envoy in Fiji.";
        assertEquals(List.of("120 PER>CHL"), allSides(events(r, DAY, chile(r), peru(r), fiji(r))));
        String a = "Chile and Peru agreed to a truce on Monday.";
        assertEquals(List.of("0356 CHL>PER", "0356 PER>CHL"), chileAndPeru(a));
    }

    @Test
    void adjectivalParticiplesAndActorNounsAreNotEvents() {
        String f = "Peruvian forces killed two Chilean sailors.";
        List<Event> ev = events(f, DAY, chile(f), peru(f));
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).cameo().startsWith("1") && !ev.get(0).cameo().startsWith("17"), ev.toString());
        assertEquals("PER>CHL", ev.get(0).sourceCountry() + ">" + ev.get(0).targetCountry());
    }

    @Test
    void anUnknownPersonActsInTheOneCountryNamed() {
        String t = "Opposition groups in Chile demanded that President Ana Soto resign.";
        Actor soto = actor(t, "Ana Soto", "person", null, "Ana Soto");
        assertEquals(List.of("100 CHL>CHL"), allSides(events(t, DAY, chile(t), soto)));
        String two = "Peru demanded that President Ana Soto leave Chile.";
        Actor soto2 = actor(two, "Ana Soto", "person", null, "Ana Soto");
        assertEquals(List.of("100 PER>null"), allSides(events(two, DAY, chile(two), peru(two), soto2)));
    }

    @Test
    void announcedActsAreThreatsOrIntents() {
        String t = "Chile announced that it will impose a curfew in Fiji.";
        List<Event> ev = events(t, DAY, chile(t), fiji(t));
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).cameo().startsWith("13"), ev.toString());
        String u = "Peru announced that it will withdraw its troops from Fiji unless the talks resume.";
        assertEquals(List.of("130 PER>FJI"), allSides(events(u, DAY, peru(u), fiji(u))));
        String h = "Chile may cut its aid to Fiji if the talks fail.";
        List<Event> threat = events(h, DAY, chile(h), fiji(h));
        assertEquals(List.of("130 CHL>FJI"), allSides(threat));
        assertEquals("hypothetical", threat.get(0).mode());
        String n = "Chile announced a suspension of flights to Peru.";
        List<Event> sus = events(n, DAY, chile(n), peru(n));
        assertEquals(1, sus.size(), sus.toString());
        assertTrue(sus.get(0).cameo().startsWith("16"), sus.toString());
        assertEquals("CHL>PER", sus.get(0).sourceCountry() + ">" + sus.get(0).targetCountry());
    }

    @Test
    void lightVerbsTakeTheirNounsEvent() {
        String t = "Chile declared a 30-day state of siege in Fiji on Friday.";
        assertEquals(List.of("1724 CHL>FJI"), allSides(events(t, DAY, chile(t), fiji(t))));
        String o = "Chile mounted its long-planned invasion of Fiji.";
        assertEquals(List.of("190 CHL>FJI"), allSides(events(o, DAY, chile(o), fiji(o))));
        String c = "Peru opened a public hearing into the sinking of a Fijian ferry.";
        assertEquals(List.of("090 PER>FJI"), allSides(events(c, DAY, peru(c), fiji(c))));
        String f = "Chile will extend the night curfew in Fiji.";
        assertEquals(List.of("130 CHL>FJI"), allSides(events(f, DAY, chile(f), fiji(f))));
        String g = "Chilean unions have organized a general strike against Peru.";
        assertEquals(List.of("143 CHL>PER"), chileAndPeru(g));
    }

    @Test
    void concessionsRetreatsAndProtestsInNewsWording() {
        String e = "Chile eased emergency measures in Fiji on Monday.";
        assertEquals(List.of("081 CHL>FJI"), allSides(events(e, DAY, chile(e), fiji(e))));
        String a = "Chile accepted demands from Peru to hold early talks.";
        assertEquals("080 CHL>PER", sides(events(a, DAY, chile(a), peru(a)).get(0)));
        String w = "Chile speeded up the withdrawal of its troops from Fiji.";
        assertEquals(List.of("0874 CHL>FJI"), allSides(events(w, DAY, chile(w), fiji(w))));
        String b = "Chilean farmers blocked roads to Peru on Sunday.";
        assertEquals(List.of("144 CHL>PER"), chileAndPeru(b));
        String r = "Peru is opposed to Chilean mediation in the dispute.";
        assertEquals(List.of("120 PER>CHL"), chileAndPeru(r));
        String d = "Peru defended Fiji on Friday against Chilean criticism of its fishing fleet.";
        assertEquals(
                "052 PER>FJI", sides(events(d, DAY, chile(d), peru(d), fiji(d)).get(0)));
        String h = "Chile may halt its mediation efforts in Fiji if the fighting goes on.";
        assertEquals(List.of("130 CHL>FJI"), allSides(events(h, DAY, chile(h), fiji(h))));
    }

    @Test
    void demandsRefusalsAndPeoplesNames() {
        String d = "Peru demanded early elections in Fiji.";
        assertEquals(List.of("1041 PER>FJI"), allSides(events(d, DAY, peru(d), fiji(d))));
        String r = "Chile says it will not accept more Fijian refugees if the fighting spreads.";
        assertEquals("120", events(r, DAY, chile(r), fiji(r)).get(0).cameo());
        String p = "Chile has deported 40 Peruvians for working without permits.";
        Actor peruvians = actor(p, "Peruvians", "organization", null, "Peruvians");
        assertEquals(List.of("174 CHL>PER"), allSides(events(p, DAY, chile(p), peruvians)));
        String e = "Chilean troops detained two ethnic Peruvians in southern Chile.";
        Actor ethnic = actor(e, "Peruvians", "organization", null, "Peruvians");
        assertEquals(List.of("173 CHL>CHL"), allSides(events(e, DAY, chile(e), ethnic)));
    }

    @Test
    void undergoneEventsComplaintsAndPairs() {
        String u = "A Chilean citizen has been put under investigation in Peru for his role in the riots.";
        assertEquals(List.of("090 PER>CHL"), chileAndPeru(u));
        String c = "Peru complained to the United Nations on Tuesday over two Chilean air raids.";
        Actor un = actor(c, "United Nations", "organization", null, "United Nations");
        assertEquals(List.of("114 PER>CHL"), allSides(events(c, DAY, chile(c), peru(c), un)));
        String m = "Chilean officers ended mediation efforts between rival militias in Lima.";
        Actor lima = actor(m, "Lima", "place", "PER", "Lima");
        assertEquals(List.of("165 CHL>PER"), allSides(events(m, DAY, chile(m), lima)));
        String r = "Peru has rejected Chile's demand to close its ports.";
        assertEquals("124 PER>CHL", sides(events(r, DAY, chile(r), peru(r)).get(0)));
    }

    @Test
    void aLightVerbsNounKeepsItsOwnDate() {
        String t = "A warrant issued Monday charged Ana Soto with attempted murder in the 1995 shooting of Luis Vega.";
        Actor soto = actor(t, "Ana Soto", "person", "CHL", "Ana Soto");
        Actor vega = actor(t, "Luis Vega", "person", "CHL", "Luis Vega");
        Event murder = events(t, DAY, soto, vega).stream()
                .filter(e -> e.cameo().startsWith("1"))
                .findFirst()
                .orElseThrow();
        assertEquals("Luis Vega", murder.target());
        assertEquals("1995", murder.date().iso());
    }

    @Test
    void releasesStrikesEmbargoesAndAppeals() {
        String f = "Chile freed two Peruvian journalists.";
        assertEquals(List.of("0841 CHL>PER"), chileAndPeru(f));
        String g = "Chilean workers went on strike to protest Peruvian imports.";
        assertEquals(List.of("143 CHL>PER"), chileAndPeru(g));
        String e = "Chile imposed an arms embargo on Peru.";
        assertEquals(List.of("163 CHL>PER"), chileAndPeru(e));
        String u = "Chile urged Peru to end the violence.";
        assertEquals(List.of("020 CHL>PER"), chileAndPeru(u));
        String r = "The Chilean rebels announced they will return weapons seized from Peruvian soldiers.";
        assertEquals(List.of("035 CHL>PER"), chileAndPeru(r));
    }

    @Test
    void anEventWithoutATargetActsInTheSourcesOwnCountry() {
        String d = "Chilean demonstrators rioted on Sunday.";
        assertEquals(List.of("145 CHL>CHL"), allSides(events(d, DAY, chile(d))));
        String two = "Chilean demonstrators rioted after the Peruvian decision.";
        assertEquals(List.of("145 CHL>null"), chileAndPeru(two));
    }

    @Test
    void anInternationalBodyKeepsANullCountry() {
        String t = "The Pacific Fisheries Forum has agreed to open an office in Lima.";
        Actor forum = actor(t, "Pacific Fisheries Forum", "organization", null, "Pacific Fisheries Forum");
        Actor lima = actor(t, "Lima", "place", "PER", "Lima");
        assertEquals(List.of("030 null>PER"), allSides(events(t, DAY, forum, lima)));
        String u = "The Miners Union has agreed to open an office in Lima.";
        Actor union = actor(u, "Miners Union", "organization", null, "Miners Union");
        assertEquals(List.of("030 PER>PER"), allSides(events(u, DAY, union, actor(u, "Lima", "place", "PER", "Lima"))));
    }

    @Test
    void vowsRefusalsAndShowsOfForce() {
        String v = "Chile vowed to retaliate against Peru.";
        assertEquals(List.of("138 CHL>PER"), chileAndPeru(v));
        String t = "Chile turned down a Peruvian request for aid.";
        assertEquals(List.of("120 CHL>PER"), chileAndPeru(t));
        String x = "Chile held military exercises near the Peruvian border.";
        assertEquals(List.of("150 CHL>PER"), chileAndPeru(x));
        String f = "Chile froze Peruvian assets.";
        assertEquals(List.of("163 CHL>PER"), chileAndPeru(f));
    }

    @Test
    void reportedDeedsAndPlacesOfAnEvent() {
        String r = "Chilean officials said Peru had agreed to release the prisoners.";
        List<Event> said = events(r, DAY, chile(r), peru(r));
        assertEquals(List.of("010", "030"), said.stream().map(Event::cameo).toList());
        assertEquals("Peru", said.get(1).source());
        String a = "Chile's army said its troops killed five Peruvian rebels on Sunday.";
        assertEquals(List.of("190 CHL>PER"), chileAndPeru(a));
        String d = "Thousands of Peruvians demonstrated in Lima on Sunday against the Chilean government.";
        Actor lima = actor(d, "Lima", "place", "PER", "Lima");
        Actor peruvians = actor(d, "Peruvians", "organization", null, "Peruvians");
        assertEquals(List.of("141 PER>CHL"), allSides(events(d, DAY, chile(d), peruvians, lima)));
    }

    @Test
    void anUnnamedGroupActsInTheOneCountryNamed() {
        String t = "Village elders have demanded talks with the Chilean interior ministry.";
        assertEquals(List.of("106 CHL>CHL"), allSides(events(t, DAY, chile(t))));
        String u = "Village elders have demanded talks with Peru about the Chilean border.";
        assertEquals(List.of("106 null>PER"), chileAndPeru(u));
    }

    @Test
    void denialsRenewedDemandsAndMarchesThroughAPlace() {
        String d = "Chile has denied that it violated Peruvian airspace.";
        assertEquals(List.of("016 CHL>PER"), chileAndPeru(d));
        String r = "Chile renewed its demand that Peru pay compensation.";
        assertEquals(List.of("100 CHL>PER"), chileAndPeru(r));
        String b = "Chile brushed aside Peruvian calls for talks.";
        assertEquals(List.of("120 CHL>PER"), chileAndPeru(b));
        String m = "Chilean workers marched through Santiago to protest against Peruvian policies.";
        Actor santiago = actor(m, "Santiago", "place", "CHL", "Santiago");
        assertEquals(List.of("141 CHL>PER"), allSides(events(m, DAY, chile(m), peru(m), santiago)));
    }

    /**
     * The extractor passes over a sentence without an actor's mention unless a pronoun in it may stand for an
     * actor with a country named before: texts of such sentences in many orders give what reading every
     * sentence gives, the events of pronouns included.
     */
    @Test
    void sentencesPassedOverGiveNoEvent() {
        List<String> pool = List.of(
                "Officials said the talks would resume next week.",
                "They signed a trade agreement on Monday.",
                "He visited Lima last year.",
                "Chile accused Peru of violating its airspace.",
                "The Santiago mayor met protesters.",
                "It later rejected the proposal.",
                "Both governments signed the accord.",
                "Chilean police arrested two Peruvian fishermen.",
                "The Fijian minister criticized the decision.",
                "She will meet the envoy in Suva.");
        EventExtractor every = new EventExtractor(Gazetteer.builtIn(), false);
        Random random = new Random(16);
        int byPronoun = 0;
        for (int round = 0; round < 200; round++) {
            List<String> sentences = new ArrayList<>(pool);
            Collections.shuffle(sentences, random);
            String t = String.join(" ", sentences.subList(0, 2 + random.nextInt(pool.size() - 1)));
            Actor santiago = actor(t, "Santiago", "place", "CHL", "Santiago");
            Actor[] actors = {chile(t), peru(t), fiji(t), santiago};
            List<Event> gated = events(t, DAY, actors);
            assertEquals(events(every, t, DAY, actors), gated, t);
            byPronoun += (int) gated.stream()
                    .filter(e -> !e.evidence().contains("Chile")
                            && !e.evidence().contains("Peru")
                            && !e.evidence().contains("Fiji"))
                    .count();
        }
        assertTrue(byPronoun > 0, "some events come from sentences that name no actor");
    }

    @Test
    void arrivingPeacekeepersAreProtection() {
        String t = "The first group of Chilean peacekeepers have arrived in Peru.";
        assertEquals(List.of("074 CHL>PER"), chileAndPeru(t));
    }

    @Test
    void defianceAndConclusionsThatDemand() {
        String v = "A Chilean newspaper has violated a ban imposed by the Peruvian government.";
        assertEquals(List.of("128 CHL>PER"), chileAndPeru(v));
        String c = "The Chilean commission concluded that Peru must pay compensation.";
        assertEquals(List.of("100 CHL>PER"), chileAndPeru(c));
    }
}
