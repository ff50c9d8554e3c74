package dev.corpus.events;

/**
 * An event word of a sentence and how likely it is to be the sentence's event (lower first); {@code head} is
 * the verb that carries its tense, negation and subject: the word itself, or the light verb whose object it is
 * ("held talks").
 */
record Candidate(int at, VerbLexicon.Hit hit, boolean noun, int rank, int head) {}
