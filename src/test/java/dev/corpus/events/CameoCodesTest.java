package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CameoCodesTest {
    @Test
    void statementsAndAppealsHaveTheirCameoNamesButNoPloverCategory() {
        assertEquals("Make statement", CameoCodes.DEFAULT.label("010"));
        assertEquals("Appeal for aid", CameoCodes.DEFAULT.label("023"));
        assertNull(CameoCodes.DEFAULT.plover("010"));
    }

    @Test
    void otherCodesKeepThePloverTablesNames() {
        assertEquals("Express intent to cooperate", CameoCodes.DEFAULT.label("030"));
        assertEquals("AGREE", CameoCodes.DEFAULT.plover("030"));
    }
}
