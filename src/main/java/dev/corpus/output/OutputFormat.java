package dev.corpus.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The ways a run's records can be written. */
public enum OutputFormat {
    /** One JSON object per line: streams, and every line is a whole record. */
    JSONL,
    /** One pretty-printed JSON array. */
    JSON,
    /** RFC 4180 CSV of the scalar fields, one row per article. */
    CSV,
    /** Fixed-width columns for a person at a terminal. */
    TABLE;

    /** The name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** "jsonl, json, csv, table", for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
    }
}
