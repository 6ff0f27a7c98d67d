package dev.northstar.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.tactic.Priority;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text forms all forgive the same things: surrounding white space and letter case. */
class LenientParsingTest {

  @Test
  void dateRangeIgnoresSurroundingWhiteSpace() {
    assertThat(DateRange.parse("  2026-07-01/2026-09-30\n"))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
  }

  @Test
  void quarterIgnoresSurroundingWhiteSpaceAndCase() {
    assertThat(Quarter.parse(" 2026-q3 ")).isEqualTo(Quarter.of(2026, 3));
  }

  @Test
  void priorityIgnoresCase() {
    assertThat(Priority.parse(" Value 8, Complexity 3 ")).isEqualTo(Priority.of(8, 3));
  }
}
