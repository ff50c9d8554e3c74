package dev.corpus.quotes;

/**
 * Who a quote is attributed to, as found in the text: the cue's token and the token range the speaker is
 * named in ({@code speakerFrom == speakerTo} when there is none), all in one paragraph.
 *
 * @param cue the cue token's index, or -1 for a quote introduced by a colon alone
 * @param colonCueAt the colon's token index when {@code cue} is -1
 * @param subjectFirst the speaker is the sentence's subject (the first person named), not the nearest
 */
record Attribution(Paragraph paragraph, int cue, int colonCueAt, int speakerFrom, int speakerTo, boolean subjectFirst) {

    String cueText() {
        return cue < 0 ? ":" : paragraph.tokens.get(cue).text();
    }

    int cueToken() {
        return cue < 0 ? colonCueAt : cue;
    }
}
