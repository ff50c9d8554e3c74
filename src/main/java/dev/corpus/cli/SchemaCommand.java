package dev.corpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema that every record written by {@code extract} validates against. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print the JSON Schema (draft 2020-12) of the records that 'extract' writes.",
        footerHeading = "%nExample:%n",
        footer = "  corpus schema -o article.schema.json")
final class SchemaCommand implements Callable<Integer> {
    static final String RESOURCE = "/dev/corpus/schema/article.schema.json";

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws IOException {
        String schema = schema();
        try (OutputTarget target = output.open(spec.commandLine().getOut())) {
            target.writer().write(schema);
            target.commit();
            return ExitCodes.OK;
        } catch (OutputTarget.OutputException e) {
            return failed(e.getMessage());
        } catch (IOException e) {
            return failed("cannot write " + output.file + ": " + OutputTarget.reason(e));
        }
    }

    private int failed(String message) {
        if (!output.toStdout()) {
            spec.commandLine().getErr().println("corpus: " + message);
        }
        return ExitCodes.OUTPUT;
    }

    static String schema() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
