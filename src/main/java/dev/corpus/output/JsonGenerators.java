package dev.corpus.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * The jackson-core generators every JSON writer here writes through, one per run (they are not thread-safe)
 * so that rows and records go through one reused buffer into the writer. The writers own their Writer: a
 * generator neither closes it nor flushes it further, and writes no separator between top-level values (the
 * writers lay out lines and arrays themselves).
 */
final class JsonGenerators {
    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();
    // "\n" rather than the platform separator: output bytes must not depend on the OS.
    private static final DefaultPrettyPrinter PRETTY = indentedBy("\n");
    // Every line break of a value inside the writer's own array is followed by one more level of indentation.
    private static final DefaultPrettyPrinter PRETTY_IN_ARRAY = indentedBy("\n  ");

    private JsonGenerators() {}

    /** No whitespace at all. */
    static JsonGenerator compact(Writer out) {
        try {
            return JSON.createGenerator(out);
        } catch (IOException e) {
            // Making a generator on a Writer writes nothing; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
    }

    /** Indented with two spaces per level and "\n" line breaks. */
    static JsonGenerator pretty(Writer out) {
        return withPrinter(compact(out), PRETTY);
    }

    /** As {@link #pretty}, for values that are elements of a top-level array: two more spaces on every line. */
    static JsonGenerator prettyInArray(Writer out) {
        return withPrinter(compact(out), PRETTY_IN_ARRAY);
    }

    /** A number field, or a null one: the generator has no field method for a boxed number. */
    static void numberField(JsonGenerator g, String name, @Nullable Double value) throws IOException {
        g.writeFieldName(name);
        number(g, value);
    }

    /** As {@link #numberField(JsonGenerator, String, Double)}, for a name quoted once. */
    static void numberField(JsonGenerator g, SerializableString name, @Nullable Double value) throws IOException {
        g.writeFieldName(name);
        number(g, value);
    }

    private static void number(JsonGenerator g, @Nullable Double value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    private static DefaultPrettyPrinter indentedBy(String lineBreak) {
        return new DefaultPrettyPrinter()
                .withRootSeparator((String) null)
                .withObjectIndenter(new DefaultIndenter("  ", lineBreak))
                .withArrayIndenter(new DefaultIndenter("  ", lineBreak));
    }

    private static JsonGenerator withPrinter(JsonGenerator g, DefaultPrettyPrinter printer) {
        // A pretty printer keeps its nesting depth: one per generator, as ObjectWriter does.
        return g.setPrettyPrinter(printer.createInstance());
    }
}
