package cn.tongban.statistics.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RatioTest {

    @Test
    void nothingToDivideByIsNoFigureNotZero() {
        assertFalse(Ratio.NONE.isDefined());
        assertNull(Ratio.NONE.value());
        assertNull(Ratio.NONE.rounded(1));
        assertNull(Figures.NONE.averageStars());
        assertEquals(0, Figures.NONE.ratings());
    }

    @Test
    void roundsHalfUp() {
        assertEquals(4.3, new Ratio(13, 3).rounded(1));
        assertEquals(0.67, new Ratio(2, 3).rounded(2));
        assertEquals(2.5, new Ratio(5, 2).value());
        assertEquals(3.5, new Figures(0, 0, 0, 0, new Ratio(7, 2), Ratio.NONE, Ratio.NONE, 0, 0, 0, 0).averageStars(), "7 stars over 2 ratings");
        assertEquals(0.0, new Ratio(0, 4).rounded(2));
    }

    @Test
    void countsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Ratio(-1, 2));
    }
}
