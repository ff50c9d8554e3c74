package dev.corpus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesTest {
    @Test
    void sectionsKeepFileOrderAndDropCommentsAndBlankLines() {
        Map<String, List<String>> sections = Resources.sections("/dev/corpus/util/sections.txt");
        assertEquals(List.of("first", "second part", "empty"), List.copyOf(sections.keySet()));
        assertEquals(List.of("One", "two"), sections.get("first"));
        assertEquals(List.of("three"), sections.get("second part"));
        assertEquals(List.of(), sections.get("empty"));
    }

    @Test
    void aSectionGivenTwiceFailsLoudly() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> Resources.sections("/dev/corpus/util/sections-twice.txt"));
        assertEquals("/dev/corpus/util/sections-twice.txt: section [a] given twice", e.getMessage());
    }

    @Test
    void aLineOutsideAnySectionFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Resources.sections("/dev/corpus/util/sections-orphan.txt"));
    }

    @Test
    void aMissingResourceFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Resources.sections("/dev/corpus/util/no-such-file.txt"));
    }
}
