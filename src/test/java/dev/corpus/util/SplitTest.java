package dev.corpus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static final String[] TEXTS = {
        "",
        " ",
        "   ",
        "a",
        "a b",
        " a b",
        "a b ",
        "  a \t b\n\nc  ",
        "\u000Bx\fy\rz",
        "a\u00A0b",
        "-",
        "--a",
        "a--b__c",
        "a-_-b_",
        "main-content_body",
        "_x",
        "x_",
        "-_-"
    };

    @Test
    void splitsAsTheRegexDoes() {
        for (String t : TEXTS) {
            assertEquals(List.of(t.split("\\s+")), Split.onWhitespace(t), () -> "whitespace: [" + t + "]");
            assertEquals(List.of(t.split("[-_]+")), Split.onDashes(t), () -> "dashes: [" + t + "]");
        }
    }
}
