package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The name rules' small word lists come from their resource files, punctuation and all. */
class NameRuleListsTest {
    private static final Gazetteer GAZ = Gazetteer.builtIn();

    @Test
    void listsHoldTheirWordsFolded() {
        assertTrue(GAZ.connectors.contains("&"));
        assertTrue(GAZ.connectors.contains("van"));
        assertFalse(GAZ.connectors.contains("and"));
        assertTrue(GAZ.copulas.contains(","));
        assertTrue(GAZ.miscWords.contains("monday"));
        assertFalse(GAZ.miscWords.contains("Monday"));
        assertTrue(GAZ.ofHeads.contains("republic"));
        assertTrue(GAZ.groups.contains("experts"));
        assertTrue(GAZ.numberWords.contains("iii"));
        assertTrue(GAZ.locationPrepositions.contains("near"));
        assertTrue(GAZ.preRoleWords.contains("former"));
        assertEquals(7, GAZ.adjectiveEnds.size());
    }
}
