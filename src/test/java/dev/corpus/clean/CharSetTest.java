package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CharSet against String.indexOf, for every char. */
class CharSetTest {
    @Test
    void everyCharIsInTheSetExactlyWhenTheStringHasIt() {
        for (String chars : List.of(
                "", "\"'”’»)]」』）", ".!?…:;。！？．", "]…eng", "•·▪◦‣∙*–—-►▸»", "_.+-@", "\u0000?@\u007F\u0080\uFFFF")) {
            CharSet set = CharSet.of(chars);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                assertEquals(chars.indexOf(c) >= 0, set.contains((char) c), chars + ": " + c);
            }
        }
    }
}
