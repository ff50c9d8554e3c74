package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    /** A renamed or moved class would make the start-up thread a silent no-op: the names must resolve. */
    @Test
    void dataClassesExistAndHoldStaticData() throws Exception {
        assertFalse(Main.DATA_CLASSES.isEmpty());
        for (String name : Main.DATA_CLASSES) {
            Class<?> c = Class.forName(name, false, MainTest.class.getClassLoader());
            assertTrue(
                    List.of(c.getDeclaredFields()).stream()
                            .anyMatch(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers())),
                    name + " has static data to build");
        }
    }
}
