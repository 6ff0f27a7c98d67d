package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhaseAndCheckInTest {

  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

  @Test
  void aPhaseRoundTripsAndOrdersByDateThenValue() {
    Phase p = Phase.of(MAR_31, 1000);
    assertThat(p).hasToString("1000 by 2026-03-31");
    assertThat(Phase.parse(" 1000 by 2026-03-31 ")).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(Phase.of(MAR_31, new BigDecimal("1000.00"))).isEqualTo(p);
    assertThat(p.date()).isEqualTo(MAR_31);
    assertThat(p.value()).isEqualByComparingTo("1000");
    assertThat(Phase.parse("0.05 by 2026-03-31").value()).isEqualByComparingTo("0.05");
    assertThat(p.compareTo(Phase.of(MAR_31.plusDays(1), 1))).isNegative();
    assertThat(p.compareTo(Phase.of(MAR_31.minusDays(1), 5000))).isPositive();
    assertThat(p.compareTo(Phase.of(MAR_31, 999))).isPositive();
    assertThat(p.compareTo(Phase.of(MAR_31, 1000))).isZero();
    assertThat(p).isNotEqualTo(Phase.of(MAR_31, 999)).isNotEqualTo(Phase.of(MAR_31.plusDays(1), 1000));
  }

  @Test
  void aBadPhaseIsRefused() {
    for (String bad : new String[] {"1000", "x by 2026-03-31", "1000 by March", "by 2026-03-31"}) {
      assertThatThrownBy(() -> Phase.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("phase must look like '1000 by 2026-03-31', but was '" + bad + "'");
    }
    assertThatThrownBy(() -> Phase.of(null, 1)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aCheckInCarriesAuthorNoteAndConfidence() {
    CheckIn c =
        CheckIn.of(MAR_31, BigDecimal.valueOf(38))
            .withAuthor(Owner.of("Brian"))
            .withConfidence(7)
            .withNote("  listed 100  ");
    assertThat(c.date()).isEqualTo(MAR_31);
    assertThat(c.value()).isEqualByComparingTo("38");
    assertThat(c.author()).contains(Owner.of("Brian"));
    assertThat(c.confidence()).hasValue(7);
    assertThat(c.note()).isEqualTo("listed 100");
    assertThat(c).hasToString("38 on 2026-03-31 by Brian (confidence 7): \"listed 100\"");
    CheckIn bare = CheckIn.of(MAR_31, BigDecimal.valueOf(38));
    assertThat(bare).hasToString("38 on 2026-03-31");
    assertThat(bare.author()).isEmpty();
    assertThat(bare.confidence()).isEmpty();
    assertThat(bare.note()).isEmpty();
    assertThat(bare).isNotEqualTo(c).isEqualTo(CheckIn.of(MAR_31, new BigDecimal("38.0")));
    assertThat(bare.withConfidence(0).confidence()).hasValue(0);
    assertThat(bare.withConfidence(10).confidence()).hasValue(10);
    assertThat(bare.withAuthor(null)).isEqualTo(bare);
    assertThat(c.withNote("x")).isNotEqualTo(c);
    assertThat(c.withConfidence(6)).isNotEqualTo(c);
    assertThat(c.withAuthor(Owner.of("Hailley"))).isNotEqualTo(c);
    assertThat(c).hasSameHashCodeAs(c.withConfidence(7));
    assertThat(bare.compareTo(CheckIn.of(MAR_31.plusDays(1), BigDecimal.ONE))).isNegative();
    assertThat(bare.compareTo(CheckIn.of(MAR_31, BigDecimal.ONE))).isPositive();
    assertThat(bare.compareTo(CheckIn.of(MAR_31.minusDays(1), BigDecimal.TEN))).isPositive();
  }

  @Test
  void aConfidenceOutOfRangeOrALongNoteIsRefused() {
    CheckIn c = CheckIn.of(MAR_31, BigDecimal.ONE);
    assertThatThrownBy(() -> c.withConfidence(11))
        .hasMessage("check-in confidence must be between 0 and 10, but was 11");
    assertThatThrownBy(() -> c.withConfidence(-1))
        .hasMessage("check-in confidence must be between 0 and 10, but was -1");
    assertThat(c.withNote("x".repeat(2000)).note()).hasSize(2000);
    assertThatThrownBy(() -> c.withNote("x".repeat(2001)))
        .hasMessage("check-in note must be at most 2000 characters, but had 2001");
    assertThatThrownBy(() -> CheckIn.of(MAR_31, null)).isInstanceOf(NullPointerException.class);
  }
}
