package org.praxis.command.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenNamesTest {

    @Test
    void namesAreSeparatedBySemicolonsAndCommas() {
        assertThat(WrittenNames.of("Alice Smith, Bob Jones; Carol Diaz")).containsExactly("Alice Smith", "Bob Jones",
                "Carol Diaz");
    }

    @Test
    void aNameWrittenSurnameFirstIsOnePerson() {
        assertThat(WrittenNames.of("Perlis, A. J.")).containsExactly("Perlis, A. J.");
        assertThat(WrittenNames.of("Doe, Jane")).containsExactly("Doe, Jane");
        assertThat(WrittenNames.of("van Driest, E. R.")).containsExactly("van Driest, E. R.");
        assertThat(WrittenNames.of("de la cruz,m.a.")).containsExactly("de la cruz,m.a.");
    }

    @Test
    void aListOfNamesWrittenSurnameFirstIsSplitBetweenThePeople() {
        assertThat(WrittenNames.of("holder,d.w., north,r.j.")).containsExactly("holder,d.w.", "north,r.j.");
        assertThat(WrittenNames.of("Bellman, R., Kagiwada, H., Kalaba, R. E."))
                .containsExactly("Bellman, R.", "Kagiwada, H.", "Kalaba, R. E.");
        assertThat(WrittenNames.of("eggers, a.j., syvertson, c.a.,")).containsExactly("eggers, a.j.", "syvertson, c.a.");
    }

    @Test
    void suffixesAndDegreesStayWithTheirName() {
        assertThat(WrittenNames.of("Bridegam, Willis E., Jr.")).containsExactly("Bridegam, Willis E., Jr.");
        assertThat(WrittenNames.of("Thompson, David A., Ph.D.")).containsExactly("Thompson, David A., Ph.D.");
        assertThat(WrittenNames.of("lord rayleigh, o.m., f.r.s.")).containsExactly("lord rayleigh, o.m., f.r.s.");
        assertThat(WrittenNames.of("King, Martin Luther, III")).containsExactly("King, Martin Luther, III");
    }

    @Test
    void shortNamesWithoutDotsAreNamesNotInitials() {
        assertThat(WrittenNames.of("Zhang San, Li Si")).containsExactly("Zhang San", "Li Si");
        assertThat(WrittenNames.of("Chen, Wu")).containsExactly("Chen, Wu");
    }

    @Test
    void nothingWrittenNamesNobody() {
        assertThat(WrittenNames.of(null)).isEmpty();
        assertThat(WrittenNames.of(" ; , ")).isEmpty();
    }
}
