package dev.corpus.load;

import java.util.List;

/**
 * A file decoded to text: the source every offset in the record refers to.
 *
 * @param path the input path as the user gave it ("-" for stdin)
 * @param text the decoded text, BOM removed; offsets count from its first char
 * @param charset the charset used to decode ("UTF-8", "windows-1252", ...)
 * @param charsetSource how it was chosen: "bom", "utf-8" (valid UTF-8), "declared" (HTML meta), "detected"
 *     (a statistical guess), "fallback"
 * @param confidence 0..100 for a detected charset, 0 for the fallback, 100 otherwise
 * @param problems warnings and errors found while reading (a record is still written)
 */
public record Decoded(
        String path,
        InputFormat format,
        String text,
        String charset,
        String charsetSource,
        int confidence,
        List<Problem> problems) {

    public Decoded {
        problems = List.copyOf(problems);
    }
}
