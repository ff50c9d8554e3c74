package dev.corpus.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/** Writes the rows of a corpus-wide view as JSON Lines or as one JSON array, in the given order. */
final class JsonRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRows() {}

    /** Writes {@code rows} for {@link OutputFormat#JSONL} or {@link OutputFormat#JSON}. */
    static <T> void write(OutputFormat format, List<T> rows, Function<T, ObjectNode> toJson, Writer out)
            throws IOException {
        if (format == OutputFormat.JSONL) {
            for (T row : rows) {
                out.write(json(toJson.apply(row)));
                out.write('\n');
            }
            return;
        }
        out.write('[');
        for (int i = 0; i < rows.size(); i++) {
            out.write(i == 0 ? "\n  " : ",\n  ");
            out.write(json(toJson.apply(rows.get(i))));
        }
        out.write(rows.isEmpty() ? "]\n" : "\n]\n");
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    private static String json(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
