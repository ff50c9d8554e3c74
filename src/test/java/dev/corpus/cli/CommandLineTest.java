package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** --help, --version and option parsing. */
class CommandLineTest {

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        Cli.Result r = Cli.run("--version");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("corpus " + VersionProvider.version() + "\n"), r.out());
        assertEquals(r.out(), Cli.run("extract", "--version").out());
    }

    @Test
    void versionFallsBackWhenThereIsNoManifest() {
        // Tests run from target/classes: no manifest, and maybe no pom.properties either.
        String v = VersionProvider.version();
        assertTrue(!v.isBlank());
    }

    @Test
    void helpListsExitCodesAndExamples() {
        Cli.Result r = Cli.run("extract", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertEquals("", r.err());
        String help = r.out();
        assertTrue(help.contains("Exit codes:"), help);
        for (String code : new String[] {" 0 ", " 1 ", " 2 ", " 3 ", " 4 "}) {
            assertTrue(help.contains(code), code);
        }
        assertTrue(help.contains("corpus extract articles/ | jq -r .headline"), help);
        assertTrue(help.contains("jsonl, json, csv, table"), help);
        assertTrue(help.contains("--threads"), help);
        assertTrue(help.contains("--max-bytes"), help);
    }

    @Test
    void topLevelHelpListsCommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("extract"));
        assertTrue(r.out().contains("schema"));
        assertTrue(r.out().contains("Exit codes:"));
        assertEquals(ExitCodes.OK, Cli.run("help", "extract").code());
    }

    @Test
    void subcommandsAreRegisteredUnderTheirOwnNames() {
        CorpusCommand.SUBCOMMANDS.forEach((name, cls) -> {
            picocli.CommandLine.Command c = cls.getAnnotation(picocli.CommandLine.Command.class);
            assertEquals(name, c.name());
        });
    }

    @Test
    void aRunRegistersOnlyItsSubcommandButHelpSeesThemAll() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        Environment env = Cli.env();
        assertEquals(
                java.util.Set.of("extract"),
                CorpusCommand.create(env, sink, sink, "extract", "x.txt")
                        .getSubcommands()
                        .keySet());
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "strip"}, {"extrac"}}) {
            assertEquals(
                    CorpusCommand.SUBCOMMANDS.keySet(),
                    CorpusCommand.create(env, sink, sink, args).getSubcommands().keySet());
        }
        Cli.Result typo = Cli.run("extrac", "x.txt");
        assertEquals(ExitCodes.USAGE, typo.code());
        assertTrue(typo.err().contains("extract"), typo.err());
    }

    @Test
    void helpHasNoColourWithNoColor() {
        Cli.Result r = Cli.run(Cli.env(java.util.Map.of("NO_COLOR", "1"), true, true), "extract", "--help");
        assertTrue(!r.out().contains("\u001B["), r.out());
    }

    @Test
    void byteSizesAcceptSuffixes() {
        ByteSizeConverter c = new ByteSizeConverter();
        assertEquals(1234L, c.convert("1234"));
        assertEquals(512L * 1024, c.convert("512K"));
        assertEquals(10L * 1024 * 1024, c.convert("10M"));
        assertEquals(10L * 1024 * 1024, c.convert("10m"));
        assertEquals(10L * 1024 * 1024, c.convert("10MiB"));
        assertEquals(1L << 30, c.convert("1G"));
        assertThrows(TypeConversionException.class, () -> c.convert("10X"));
        assertThrows(TypeConversionException.class, () -> c.convert("-5"));
        assertThrows(TypeConversionException.class, () -> c.convert("0"));
        assertThrows(TypeConversionException.class, () -> c.convert(""));
    }
}
