package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerReasonsTest {
    @Test
    void aHintHasTheReasonBoilerplateGivesItEachTimeItIsAsked() {
        List<String> hints = List.of(
                "",
                "related",
                "ot-sdk-cookie-policy banner",
                "article-body content",
                "sidebar-taboola widget",
                "main story",
                "related",
                "",
                "article-body content");
        ContainerReasons reasons = new ContainerReasons();
        for (int round = 0; round < 2; round++) {
            for (String hint : hints) {
                // a copy too: the memo is by the hint's text, not by the string
                String copy = new StringBuilder(hint).toString();
                assertEquals(Boilerplate.containerReason(hint), reasons.of(hint), hint);
                assertEquals(Boilerplate.containerReason(hint), reasons.of(copy), hint);
            }
        }
        assertNotNull(reasons.of("related"), "a furniture container");
        assertNull(reasons.of("article-body content"), "an article's container");
    }
}
