package dev.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Span;
import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    /** Blocks for the paragraphs of {@code text} (separated by blank lines), with offsets into it. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        int at = 0;
        for (String para : text.split("\n\n", -1)) {
            out.add(new Block(
                    out.size(), para, OffsetMap.identity(at, para.length()), BlockKind.LINE, BlockHints.text(true, 0)));
            at += para.length() + 2;
        }
        return out;
    }

    /** A person actor mentioned at every occurrence of each of its forms. */
    static Actor person(String text, String name, List<String> roles, String... forms) {
        List<Span> spans = new ArrayList<>();
        for (String f : forms) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(f) + "\\b").matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Actor(name, "person", null, roles, List.of(forms), spans.size(), spans);
    }

    static List<Quote> quotes(String text, Actor... actors) {
        return new QuoteExtractor().extract(blocks(text), List.of(actors), text);
    }

    static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream()
                .filter(q -> q.text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
    }

    @Test
    void directQuoteWithAttributionAfter() {
        String text = "“We will keep the ferry running all winter,” Jane Roe said on Tuesday.";
        Quote q = containing(quotes(text, person(text, "Jane Roe", List.of(), "Jane Roe")), "keep the ferry");
        assertEquals("direct", q.type());
        assertEquals("Jane Roe", q.speaker());
        assertEquals("said", q.cue());
        assertEquals(
                "“We will keep the ferry running all winter,”",
                text.substring(q.span().start(), q.span().end()));
        assertEquals(
                "Jane Roe",
                text.substring(q.speakerSpan().start(), q.speakerSpan().end()));
        assertEquals("said", text.substring(q.cueSpan().start(), q.cueSpan().end()));
    }

    @Test
    void straightAndSingleQuotesAndSaidBeforeTheQuote() {
        String text =
                "Mayor Anna Berg said: \"The council will vote on the fares in March.\" She added 'nothing is decided yet, and nothing will be.'";
        Actor berg = person(text, "Anna Berg", List.of("Mayor"), "Anna Berg");
        List<Quote> qs = quotes(text, berg);
        assertEquals("Anna Berg", containing(qs, "vote on the fares").speaker());
        Quote single = containing(qs, "nothing is decided");
        assertEquals("direct", single.type());
        assertEquals("Anna Berg", single.speaker(), "'she' is the person last named");
    }

    @Test
    void splitQuoteIsOneQuote() {
        String text = "“The ferry stays,” Guo said, “and the fares will not rise this year.”";
        List<Quote> qs = quotes(text, person(text, "Guo Rui", List.of(), "Guo"));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(
                "The ferry stays, and the fares will not rise this year.",
                qs.get(0).text());
        assertEquals("Guo Rui", qs.get(0).speaker());
    }

    @Test
    void quoteOverSeveralParagraphs() {
        String text = "“The first part of what the mayor said in her speech to the council ran on.\n\n"
                + "“And the second part came after it, as speeches go on and on,” Anna Berg said.";
        List<Quote> qs = quotes(text, person(text, "Anna Berg", List.of(), "Anna Berg"));
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).text().startsWith("The first part"));
        assertTrue(qs.get(0).text().contains("And the second part"));
        assertEquals("Anna Berg", qs.get(0).speaker());
    }

    @Test
    void quoteAfterColonBelongsToTheSubject() {
        String text = "President Diaz-Canel posted a video of his meeting with Ambassador Ma on his account: "
                + "“Our two countries will always be able to rely on each other in all fields.”";
        Actor president = person(text, "Miguel Diaz-Canel", List.of("President"), "Diaz-Canel");
        Actor ambassador = person(text, "Ma Chol Su", List.of("Ambassador"), "Ma");
        Quote q = containing(quotes(text, president, ambassador), "rely on each other");
        assertEquals("Miguel Diaz-Canel", q.speaker());
        assertEquals(":", q.cue());
    }

    @Test
    void scareQuotesAndNamesAreNoQuotes() {
        String text = "The letter named him only as ‘Comrade Raul Castro Ruz’ and spoke of ‘financial difficulties.’ "
                + "Critics called it an ‘anti-US’ move.";
        assertTrue(
                quotes(text).stream().noneMatch(q -> q.type().equals("direct")),
                quotes(text).toString());
    }

    @Test
    void apostrophesAreNoQuotationMarks() {
        String text = "The two countries’ objectives align, and Cuba’s leader said the ’90s were over for good.";
        assertTrue(
                quotes(text).stream().noneMatch(q -> q.type().equals("direct")),
                quotes(text).toString());
    }

    @Test
    void reportedSpeechInItsForms() {
        String text = "Guo Rui, a professor at Jilin University, said Cuba and North Korea had a long friendship.\n\n"
                + "It is the loosening of pressure that prompted the visit, Guo argues.\n\n"
                + "The two countries’ objectives align to an extent, Guo adds, which is why the visit went well.\n\n"
                + "According to the ministry, the talks will go on next week in the capital.\n\n"
                + "Experts suggest this is likely a conscious decision by the government.";
        Actor guo = person(text, "Guo Rui", List.of("professor"), "Guo Rui", "Guo");
        List<Quote> qs = quotes(text, guo);
        Quote said = containing(qs, "long friendship");
        assertEquals("indirect", said.type());
        assertEquals("Guo Rui", said.speaker());
        assertEquals("said", said.cue());
        assertEquals("argues", containing(qs, "loosening of pressure").cue());
        assertEquals("Guo Rui", containing(qs, "loosening of pressure").speaker());
        Quote adds = containing(qs, "objectives align");
        assertTrue(adds.text().contains("which is why"), adds.text());
        assertEquals("Guo Rui", adds.speaker());
        assertEquals("the ministry", containing(qs, "talks will go on").speaker());
        assertEquals("According to", containing(qs, "talks will go on").cue());
        assertEquals("Experts", containing(qs, "conscious decision").speaker());
    }

    @Test
    void roleNounRefersToThePersonWithThatRole() {
        String text = "Ambassador Ma Chol Su met President Diaz-Canel on Monday.\n\n"
                + "The ambassador said the two countries would sign a trade deal soon.";
        Actor ma = person(text, "Ma Chol Su", List.of("Ambassador"), "Ma Chol Su");
        Actor president = person(text, "Miguel Diaz-Canel", List.of("President"), "Diaz-Canel");
        assertEquals(
                "Ma Chol Su",
                containing(quotes(text, ma, president), "sign a trade deal").speaker());
    }

    @Test
    void nounUsesOfCueWordsAreNoCues() {
        String text = "The president arrived for a state visit that was planned for many months by both sides.";
        assertTrue(quotes(text).isEmpty(), quotes(text).toString());
    }

    @Test
    void unattributedLongQuoteIsKeptWithoutSpeaker() {
        String text = "“This is the best decision the council has made in many years, and everyone knows it.”";
        Quote q = containing(quotes(text), "best decision");
        assertEquals("direct", q.type());
        assertNull(q.speaker());
    }

    @Test
    void quoteInsideReportedSpeechIsIndirect() {
        String text =
                "Jane Roe said that the new fares were “a burden for every family on the island” and would not stay.";
        List<Quote> qs = quotes(text, person(text, "Jane Roe", List.of(), "Jane Roe"));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("indirect", qs.get(0).type());
        assertTrue(
                qs.get(0).text().startsWith("the new fares were “a burden"),
                qs.get(0).text());
        assertEquals("Jane Roe", qs.get(0).speaker());
    }

    @Test
    void transcriptLinesAreAttributedToTheNameBeforeTheColon() {
        String text = "WALLACE: Let us start with the news about the debate tomorrow night.\n\n"
                + "PENCE: Well, the question really should be asked of the other campaign.";
        List<Quote> qs = quotes(text);
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("WALLACE", qs.get(0).speaker());
        assertEquals(":", qs.get(0).cue());
        assertEquals(
                "Let us start with the news about the debate tomorrow night.",
                qs.get(0).text());
        assertEquals("PENCE", qs.get(1).speaker());
    }

    @Test
    void nameTheActorStageMissedIsStillTheSpeaker() {
        String text = "“The program needs more oversight and far more transparency,” said Rep. Elijah Cummings.";
        assertEquals(
                "Rep. Elijah Cummings",
                containing(quotes(text), "more oversight").speaker());
    }

    @Test
    void quoteSignedWithADash() {
        String text = "“I cannot believe what I heard in that debate last night, not one word of it.” — Jane Roe";
        Quote q = containing(quotes(text), "cannot believe");
        assertEquals("Jane Roe", q.speaker());
        assertEquals("\u2014", q.cue());
    }

    @Test
    void pronounGoesToTheSubjectOfTheSentenceBefore() {
        String text = "Jane Roe spoke with Ann Berg at the harbour on Tuesday.\n\n"
                + "“The ferry will run all winter, whatever the weather does,” she said.";
        Actor roe = person(text, "Jane Roe", List.of(), "Jane Roe");
        Actor berg = person(text, "Ann Berg", List.of(), "Ann Berg");
        assertEquals(
                "Jane Roe",
                containing(quotes(text, roe, berg), "ferry will run").speaker());
    }

    @Test
    void pronounSkipsPeopleOfTheOtherGender() {
        String text = "Mary Quinn thanked Tom Hale and Mr. Vance for their work on the budget.\n\n"
                + "“It was a pleasure to work with the council all these years,” he said.\n\n"
                + "Ms. Ortiz praised Mr. Vance on Friday. “He has done fine work for the town,” she said.";
        Actor quinn = person(text, "Mary Quinn", List.of(), "Mary Quinn");
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        Actor vance = person(text, "Vance", List.of("Mr."), "Vance");
        Actor ortiz = person(text, "Ortiz", List.of("Ms."), "Ortiz");
        List<Quote> qs = quotes(text, quinn, hale, vance, ortiz);
        assertEquals("Tom Hale", containing(qs, "a pleasure").speaker(), "a given name tells his gender");
        assertEquals("Ortiz", containing(qs, "fine work").speaker(), "an honorific tells her gender");
    }

    @Test
    void pronounSubjectHandsOnToItsOwnReferent() {
        String text = "Tom Hale has commented on the vote.\n\n"
                + "On Wednesday, he told Bob Marsh that the result was fair.\n\n"
                + "“We will respect the voters and the choice they made,” he said.";
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        Actor marsh = person(text, "Bob Marsh", List.of(), "Bob Marsh");
        List<Quote> qs = quotes(text, hale, marsh);
        assertEquals("Tom Hale", containing(qs, "respect the voters").speaker());
        assertEquals("Tom Hale", containing(qs, "result was fair").speaker());
    }

    @Test
    void speakerIsTheSubjectNotANameInAnAsideOrAnObject() {
        String text = "Dana Cole, who met Tom Hale at the fair on Sunday, said the roads would be fixed by May.\n\n"
                + "The video shows Tom Hale at the gate, but Ann Berg said the gate was closed all day long.\n\n"
                + "“Keep going,” Ann Berg sings to Tom Hale before asking him, “where do we go from here tonight?”";
        Actor cole = person(text, "Dana Cole", List.of(), "Dana Cole");
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        Actor berg = person(text, "Ann Berg", List.of(), "Ann Berg");
        List<Quote> qs = quotes(text, cole, hale, berg);
        assertEquals("Dana Cole", containing(qs, "roads would be fixed").speaker());
        assertEquals("Ann Berg", containing(qs, "gate was closed").speaker());
        assertEquals("Ann Berg", containing(qs, "where do we go").speaker());
    }

    @Test
    void sourceNamedByAPhraseNextToTheCue() {
        String text = "“The contract keeps every job in the plant for five more years,” the union wrote.\n\n"
                + "“A town cannot close a road only because nobody complained about it,” said the ruling.";
        List<Quote> qs = quotes(text);
        assertEquals("the union", containing(qs, "every job").speaker());
        assertEquals("the ruling", containing(qs, "close a road").speaker());
    }

    @Test
    void cueWordsUsedAsNounsOrInNamesAreNoCues() {
        String text = "Tom Hale broke state law when he sold the land to the United States on Monday.\n\n"
                + "His remarks on the sale were short and came late in the evening, after the vote.";
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        assertTrue(quotes(text, hale).isEmpty(), quotes(text, hale).toString());
    }

    @Test
    void splitQuoteWithALongAttributionBetweenSentences() {
        String text = "“The bridge is a danger to every driver in the valley,” Rep. Jane Roe (D-Ore.) said Friday. "
                + "“If nobody fixes it now, somebody will be hurt there before the winter is over.”\n\n"
                + "“We will fix it this year,” Sen. Tom Hale (R-Ore.), the head of the roads committee, said in a call.";
        Actor roe = person(text, "Jane Roe", List.of("Rep."), "Jane Roe");
        Actor hale = person(text, "Tom Hale", List.of("Sen."), "Tom Hale");
        List<Quote> qs = quotes(text, roe, hale);
        Quote bridge = containing(qs, "a danger");
        assertTrue(bridge.text().contains("somebody will be hurt"), bridge.text());
        assertEquals("Jane Roe", bridge.speaker());
        assertEquals("Tom Hale", containing(qs, "fix it this year").speaker());
    }

    @Test
    void mixedQuoteIsReportedSpeechFromTheSentenceStart() {
        String text = "The ferry “will run all winter, whatever the weather does,” Jane Roe said.\n\n"
                + "Tom Hale said that, “The council will pay for the new boat next spring.”";
        Actor roe = person(text, "Jane Roe", List.of(), "Jane Roe");
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        List<Quote> qs = quotes(text, roe, hale);
        Quote ferry = containing(qs, "run all winter");
        assertEquals("indirect", ferry.type());
        assertEquals(0, ferry.span().start());
        assertEquals("Jane Roe", ferry.speaker());
        Quote boat = containing(qs, "new boat");
        assertEquals("indirect", boat.type());
        assertTrue(boat.text().startsWith("that"), boat.text());
        assertEquals("Tom Hale", boat.speaker());
    }

    @Test
    void aSentenceAfterAClosedQuoteIsNoAttribution() {
        String text = "Jane Roe called the plan “a gift to the rich and nothing more for anyone at all.” "
                + "Tom Hale says the plan is fair to every family in the town.";
        Actor roe = person(text, "Jane Roe", List.of(), "Jane Roe");
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        List<Quote> qs = quotes(text, roe, hale);
        assertTrue(
                qs.stream().noneMatch(q -> q.text().contains("a gift") && "Tom Hale".equals(q.speaker())),
                qs.toString());
        assertEquals("Tom Hale", containing(qs, "fair to every family").speaker());
    }

    @Test
    void reportedSpeechWithATailAfterTheCueAndAnObjectOfTold() {
        String text =
                "The new bridge will be finished before the winter, Sen. Jane Roe (D-Ore.) told the Valley Post on Monday.\n\n"
                        + "Tom Hale told the council on Tuesday he would vote against the plan in March.\n\n"
                        + "In her book on the valley, Jane Roe noted the river's long history.";
        Actor roe = person(text, "Jane Roe", List.of("Sen."), "Jane Roe");
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        List<Quote> qs = quotes(text, roe, hale);
        Quote bridge = containing(qs, "bridge will be finished");
        assertEquals("Jane Roe", bridge.speaker());
        assertEquals("told", bridge.cue());
        Quote vote = containing(qs, "vote against the plan");
        assertTrue(vote.text().startsWith("he would"), vote.text());
        assertEquals("Tom Hale", vote.speaker());
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("In her book")), qs.toString());
    }

    @Test
    void contentMayStartWithItOrAPossessiveHer() {
        String text = "Ann Berg said her plan would cut the fares for every family on the island.\n\n"
                + "Ann Berg says it shows the council listens to the people who ride the ferry.\n\n"
                + "Ann Berg told her about the vote in the town hall.";
        Actor berg = person(text, "Ann Berg", List.of(), "Ann Berg");
        List<Quote> qs = quotes(text, berg);
        assertEquals("Ann Berg", containing(qs, "her plan would cut").speaker());
        assertEquals("Ann Berg", containing(qs, "it shows the council").speaker());
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("about the vote")), qs.toString());
    }

    @Test
    void participleAfterADirectQuoteReportsMore() {
        String text =
                "“We see no danger to the town,” the mayor said, adding that the road would open again by noon.\n\n"
                        + "Tom Hale said in June, citing the new figures, that the budget was too small for the repairs.";
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        List<Quote> qs = quotes(text, hale);
        Quote adding = containing(qs, "road would open");
        assertEquals("indirect", adding.type());
        assertEquals("adding", adding.cue());
        assertEquals("the mayor", adding.speaker());
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("in June")), qs.toString());
    }

    @Test
    void aNameThatOnlyModifiesANounIsNoReferent() {
        String text = "Tom Hale says he has big plans for the last month of the race.\n\n"
                + "The Hale campaign has not spent much on ads yet.\n\n"
                + "He said, “We will spend it all on the last two weeks of the race.”";
        Actor hale = person(text, "Tom Hale", List.of(), "Tom Hale");
        int at = text.indexOf("The Hale campaign") + 4;
        Actor other = new Actor("Hale", "person", null, List.of(), List.of(), 1, List.of(new Span(at, at + 4)));
        List<Quote> qs = quotes(text, hale, other);
        assertEquals("Tom Hale", containing(qs, "spend it all").speaker());
    }

    @Test
    void oddAttributionsDoNotBreakTheRun() {
        String text = "“We will see about that soon enough, all of us,” said the\n\n"
                + "“And then,” said a.\n\n“”\n\n, said\n\nsaid that “\n\nHe said";
        assertTrue(quotes(text).size() <= 3, quotes(text).toString());
    }

    @Test
    void accordingToNamesAnySource() {
        String text =
                "According to a complaint filed by the harbour board, the ferry company kept two boats idle all year.";
        Quote q = containing(quotes(text), "kept two boats");
        assertEquals("a complaint filed by the harbour board", q.speaker());
        assertEquals("According to", q.cue());
    }
}
