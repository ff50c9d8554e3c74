package dev.corpus.output;

import org.apache.commons.text.StringEscapeUtils;

/** RFC 4180 quoting of one field, shared by the CSV writers. */
public final class CsvQuoting {
    private CsvQuoting() {}

    /**
     * The field, in double quotes with inner quotes doubled when it holds a comma, quote, CR or LF; else as it
     * is. Commons Text's CSV escaper does exactly this.
     */
    public static String quote(String field) {
        return StringEscapeUtils.escapeCsv(field);
    }
}
