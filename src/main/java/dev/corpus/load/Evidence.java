package dev.corpus.load;

/**
 * A value the page's markup states, with where it came from ("json-ld", "meta:og:title", "title",
 * "time", "h1"), so that the record can say which source each field was taken from.
 */
public record Evidence(String value, String source) {}
