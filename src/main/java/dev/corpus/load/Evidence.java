package dev.corpus.load;

/**
 * A value the page's markup states, with where it came from ("json-ld", "meta:og:title", "title",
 * "time", "h1"), so that the record can say which source each field was taken from.
 *
 * @param at the char offset in the decoded source of the element the value was read from, or -1
 */
public record Evidence(String value, String source, int at) {

    public Evidence(String value, String source) {
        this(value, source, -1);
    }
}
