package dev.corpus.actors;

/** {@code [start, end)} in Unicode code points of the decoded input. */
public record Span(int start, int end) {}
