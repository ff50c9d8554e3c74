package dev.corpus.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StripCommandTest {
    private static final String MENU = "Home\n\nLocal News\n\nGardening Tips\n\nWeather Desk\n\nCommunity Events\n\n";
    private static final String FOOTER =
            "The Riverside Gazette is an independent newspaper serving the valley since 1921.\n\n"
                    + "Riverside Media Group\n";
    private static final String[] TOPICS = {"bridge", "library", "orchard", "harbour", "school", "market"};

    @TempDir
    Path tmp;

    /** Six small pages of one site: the same menu and footer around an article of their own. */
    private Path site(String folder) throws IOException {
        Path dir = tmp.resolve(folder);
        Files.createDirectories(dir);
        for (int i = 0; i < TOPICS.length; i++) {
            String t = TOPICS[i];
            String text = MENU
                    + "Council approves the new " + t + " plan\n\n"
                    + "The town council voted on Tuesday to approve the plan for the new " + t
                    + ", which residents have discussed for more than " + (i + 3) + " years.\n\n"
                    + "Work on the " + t + " is expected to begin in the spring, and the mayor said that the "
                    + "project would be paid for from the budget that was agreed last year.\n\n"
                    + "Several residents spoke at the meeting about the " + t + " and asked the council to keep "
                    + "them informed while the work goes on.\n\n"
                    + FOOTER;
            Files.writeString(dir.resolve("page-" + t + ".txt"), text, UTF_8);
        }
        return dir;
    }

    private static List<String> explainLines(String out, String needle) {
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains(needle)) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void oneFileGivesHeadlineBlankLineAndBodyWithoutHeader() throws IOException {
        Path f = tmp.resolve("story.txt");
        Files.writeString(
                f,
                "Council approves the new bridge plan\n\n"
                        + "The town council voted on Tuesday to approve the plan for the new bridge, which residents "
                        + "have discussed for more than three years.\n\n"
                        + "Work on the bridge is expected to begin in the spring, and the mayor said that the project "
                        + "would be paid for from the budget that was agreed last year.\n",
                UTF_8);
        Cli.Result r = Cli.run("strip", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("Council approves the new bridge plan\n\nThe town council voted"), r.out());
        assertFalse(r.out().contains("==>"), r.out());
        assertTrue(
                r.out()
                        .endsWith(
                                "three years.\n\nWork on the bridge is expected to begin in the spring, and "
                                        + "the mayor said that the project would be paid for from the budget that was agreed last year.\n"));
    }

    @Test
    void severalFilesAreSeparatedByHeaders() throws IOException {
        Path dir = site("many");
        Cli.Result r = Cli.run("strip", dir.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(TOPICS.length, explainLines(r.out(), "==> ").size(), r.out());
        assertTrue(r.out().startsWith("==> " + dir.resolve("page-bridge.txt") + " <==\n"), r.out());
        assertTrue(r.out().contains("\n\n==> " + dir.resolve("page-harbour.txt") + " <==\n"), r.out());
    }

    @Test
    void explainNamesTheHeaderBlocks() {
        Cli.Result r = Cli.run("strip", "--explain", "samples/000_fdb757a5cb6eae73.txt");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s*2  H .*headline .*North Korea, Cuba Open.*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s*3  H .*subheadline .*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s*4  H .*byline .*By Xu Mouquan.*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s*5  K .*prose .*")), r.out());
    }

    @Test
    void explainShowsEveryBlockWithinOneHundredColumns() throws IOException {
        Path f = site("explain").resolve("page-bridge.txt");
        Cli.Result r = Cli.run("strip", "--explain", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("\\s+#\\s+K\\s+score\\s+reason\\s+text"), lines[0]);
        assertTrue(r.out().contains("blocks: "), r.out());
        for (String line : lines) {
            assertTrue(line.length() <= StripCommand.DEFAULT_WIDTH, line);
        }
        assertTrue(
                explainLines(r.out(), "The town council voted")
                        .get(0)
                        .matches("\\s+\\d+  K\\s+\\+\\d+\\.\\d  prose .*"),
                r.out());
    }

    @Test
    void explainUsesTheTerminalWidth() throws IOException {
        Path f = site("wide").resolve("page-bridge.txt");
        Cli.Result r = Cli.run(Cli.env(Map.of("COLUMNS", "60"), true, false), "strip", "--explain", f.toString());
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 60, line);
        }
    }

    @Test
    void menuAndFooterSharedByTheFilesAreDroppedAsRepeatedAcrossFiles() throws IOException {
        Path dir = site("learn");
        Cli.Result r = Cli.run("strip", "--explain", dir.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        for (String furniture : List.of("Gardening Tips", "Weather Desk", "independent newspaper")) {
            List<String> lines = explainLines(r.out(), furniture);
            assertEquals(TOPICS.length, lines.size(), furniture);
            for (String line : lines) {
                assertTrue(line.matches("\\s+\\d+  -\\s+-\\d+\\.\\d  repeated across files .*"), line);
            }
        }
        // The articles' own paragraphs are kept.
        assertEquals(
                TOPICS.length,
                explainLines(r.out(), "K    +").stream()
                        .filter(l -> l.contains("The town council voted"))
                        .count());

        Cli.Result off = Cli.run("strip", "--explain", "--no-corpus-learning", dir.toString());
        assertEquals(ExitCodes.OK, off.code(), off.err());
        assertFalse(off.out().contains("repeated across files"), off.out());
    }

    @Test
    void aFileGivenAloneLearnsNothing() throws IOException {
        Path f = site("alone").resolve("page-bridge.txt");
        Cli.Result r = Cli.run("strip", "--explain", f.toString());
        assertFalse(r.out().contains("repeated across files"), r.out());
    }

    @Test
    void twoCopiesOfOneStoryKeepTheirParagraphs() throws IOException {
        Path dir = tmp.resolve("wire");
        Files.createDirectories(dir);
        String story = "Storm closes the coast road\n\n"
                + "A storm closed the coast road on Monday after heavy rain loosened rocks above the tunnel.\n\n"
                + "Engineers said that the road would stay closed until the slope had been checked and made safe.\n\n"
                + "Drivers were asked to use the inland route, which adds about twenty minutes to the journey.\n";
        Files.writeString(dir.resolve("a.txt"), "Front Page\n\nWorld\n\n" + story, UTF_8);
        Files.writeString(dir.resolve("b.txt"), "Start\n\nRegional\n\n" + story + "\nReader Letters\n", UTF_8);
        Cli.Result r = Cli.run("strip", dir.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(
                2,
                explainLines(r.out(), "Drivers were asked to use the inland route")
                        .size(),
                r.out());
        assertEquals(2, explainLines(r.out(), "Engineers said").size(), r.out());
    }

    @Test
    void outputDoesNotDependOnThreadsOrFileOrder() throws IOException {
        Path dir = site("order");
        Cli.Result one = Cli.run("extract", "--format", "jsonl", "--threads", "1", dir.toString());
        Cli.Result four = Cli.run("extract", "--format", "jsonl", "--threads", "4", dir.toString());
        assertEquals(ExitCodes.OK, one.code(), one.err());
        assertTrue(one.out().contains("The town council voted"), one.out());
        assertEquals(one.out(), four.out());
        Cli.Result explain1 = Cli.run("strip", "--explain", "--threads", "1", dir.toString());
        Cli.Result explain4 = Cli.run("strip", "--explain", "--threads", "4", dir.toString());
        assertEquals(explain1.out(), explain4.out());

        // The same files under names that sort the other way round.
        Path renamed = tmp.resolve("renamed");
        Files.createDirectories(renamed);
        for (int i = 0; i < TOPICS.length; i++) {
            Files.copy(
                    dir.resolve("page-" + TOPICS[i] + ".txt"),
                    renamed.resolve((char) ('z' - i) + "-" + TOPICS[i] + ".txt"));
        }
        for (String mode : List.of("--explain", "--no-corpus-learning")) {
            String a = Cli.run("strip", mode, dir.toString()).out();
            String b = Cli.run("strip", mode, renamed.toString()).out();
            assertTrue(a.contains("repeated across files") == mode.equals("--explain"), a);
            for (String t : TOPICS) {
                assertEquals(section(a, t), section(b, t), t);
            }
        }
        String a = Cli.run("strip", dir.toString()).out();
        String b = Cli.run("strip", renamed.toString()).out();
        for (String t : TOPICS) {
            assertEquals(section(a, t), section(b, t), t);
        }
    }

    /** The output for the file about {@code topic}, without its header. */
    private static String section(String out, String topic) {
        for (String part : out.split("==> ")) {
            int end = part.indexOf(" <==\n");
            if (end >= 0 && part.substring(0, end).endsWith(topic + ".txt")) {
                return part.substring(end + 5).strip();
            }
        }
        throw new AssertionError("no section for " + topic + " in " + out);
    }

    @Test
    void missingInputIsReportedWithExitThree() throws IOException {
        Path f = site("missing").resolve("page-bridge.txt");
        Cli.Result r = Cli.run("strip", f.toString(), tmp.resolve("nope.txt").toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertTrue(r.err().contains("nope.txt: not-found"), r.err());
        assertTrue(r.out().contains("The town council voted on Tuesday to approve the plan for the new bridge"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, Cli.run("strip").code());
        assertEquals(ExitCodes.USAGE, Cli.run("strip", "--threads", "0", "x").code());
        assertEquals(ExitCodes.USAGE, Cli.run("strip", "--include", "[", "x").code());
    }

    @Test
    void helpListsTheSharedOptions() {
        Cli.Result r = Cli.run("strip", "--help");
        assertEquals(ExitCodes.OK, r.code());
        for (String option : List.of(
                "--explain",
                "--include",
                "--exclude",
                "--threads",
                "--max-bytes",
                "--no-corpus-learning",
                "Exit codes:")) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
