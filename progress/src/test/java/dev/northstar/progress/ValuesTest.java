package dev.northstar.progress;

import static dev.northstar.progress.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.GoalId;
import dev.northstar.progress.rollup.Contribution;
import dev.northstar.progress.rollup.Lack;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Validation and text of the small value types. */
class ValuesTest {

  @Test
  void bandComplianceChecksItsCounts() {
    assertThatThrownBy(() -> new BandCompliance(0, 0, BigDecimal.ZERO, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "observations must be at least 1 and inBand between 0 and observations, but were 0"
                + " and 0");
    assertThatThrownBy(() -> new BandCompliance(2, 1, dec("1.5"), true))
        .hasMessage("share must be between 0 and 1, but was 1.5");
    assertThat(new BandCompliance(4, 3, dec("0.75"), false))
        .hasToString("3 of 4 in band (share 0.75), latest outside band");
  }

  @Test
  void contributionsCheckWeightAndShare() {
    GoalId a = GoalId.of("a");
    assertThatThrownBy(
            () -> new Contribution(a, BigDecimal.ONE, BigDecimal.ZERO, dec("0.5"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be greater than 0, but was 0");
    assertThatThrownBy(() -> new Contribution(a, BigDecimal.ONE, BigDecimal.ONE, dec("2"), false))
        .hasMessage("share must be between 0 and 1, but was 2");
    assertThat(new Lack(a, "NO_DATA")).hasToString("a (NO_DATA)");
  }

  @Test
  void everyNoteExplainsItself() {
    for (ProgressNote n : ProgressNote.values()) {
      assertThat(n.description()).isNotBlank();
    }
    for (ForecastNote n : ForecastNote.values()) {
      assertThat(n.description()).isNotBlank();
    }
  }
}
