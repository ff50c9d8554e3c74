package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void identityMapsEachCharToItsPlaceAfterTheStart() {
        OffsetMap map = OffsetMap.identity(7, 3);
        assertEquals(3, map.length());
        assertEquals(7, map.sourceStart());
        assertEquals(8, map.source(1));
        assertEquals(10, map.sourceEnd());
    }

    @Test
    void identityEqualsTheSameMapGivenAsAnArray() {
        OffsetMap identity = OffsetMap.identity(7, 3);
        OffsetMap array = OffsetMap.of(new int[] {7, 8, 9, 10});
        assertEquals(array, identity);
        assertEquals(identity, array);
        assertEquals(array.hashCode(), identity.hashCode());
        assertNotEquals(OffsetMap.of(new int[] {7, 8, 9, 11}), identity);
        assertNotEquals(OffsetMap.identity(8, 3), identity);
        assertNotEquals(OffsetMap.identity(7, 2), identity);
    }

    @Test
    void indexesOutsideTheMapAreRejectedInEitherForm() {
        assertThrows(
                IndexOutOfBoundsException.class, () -> OffsetMap.identity(7, 3).source(4));
        assertThrows(
                IndexOutOfBoundsException.class, () -> OffsetMap.identity(7, 3).source(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> OffsetMap.of(new int[] {7, 8})
                .source(2));
    }

    @Test
    void anEmptyIdentityHasItsStartAsItsEnd() {
        OffsetMap map = OffsetMap.identity(5, 0);
        assertEquals(5, map.sourceStart());
        assertEquals(5, map.sourceEnd());
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.identity(5, -1));
    }
}
