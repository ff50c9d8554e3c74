package dev.corpus.output;

/** RFC 4180 quoting of one field, shared by the CSV writers. */
public final class CsvQuoting {
    private CsvQuoting() {}

    /** The field, in double quotes with inner quotes doubled when it holds a comma, quote, CR or LF. */
    public static String quote(String field) {
        return CsvRecordWriter.quote(field);
    }
}
