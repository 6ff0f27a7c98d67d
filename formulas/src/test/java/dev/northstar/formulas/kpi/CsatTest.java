package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.ratio.Ratio;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsatTest {

  private static final List<Integer> SCORES = Arrays.asList(5, 4, 3, 2, 1, 4, null);

  @Test
  void defaultThresholdCountsFourAndFive() {
    Csat csat = Csat.of(SCORES);

    // 5, 4, 4 of 6 answers.
    assertThat(csat.satisfied()).isEqualTo(3);
    assertThat(csat.responses()).isEqualTo(6);
    assertThat(csat.dropped()).isEqualTo(1);
    assertThat(csat.threshold()).isEqualTo(4);
    assertThat(csat.ratio()).isEqualTo(Ratio.of(3, 6));
    assertThat(csat.ratio().toPercentString()).isEqualTo("50%");
    assertThat(csat).hasToString("Csat[50%: 3 of 6 responses at 4 or more, 1 dropped]");
  }

  @Test
  void thresholdIsConfigurable() {
    assertThat(Csat.of(SCORES, 5).ratio().toPercentString()).isEqualTo("16.67%");
    assertThat(Csat.of(SCORES, 3).ratio().toPercentString()).isEqualTo("66.67%");
    assertThat(Csat.of(SCORES, 1).ratio().toPercentString()).isEqualTo("100%");
    assertThatThrownBy(() -> Csat.of(SCORES, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be 1 to 5, but was 6");
  }

  @Test
  void noResponseIsUndefined() {
    assertThat(Csat.of(List.of()).ratio().isDefined()).isFalse();
    assertThat(Csat.ofCounts(0, 0).ratio().toPercentString()).isEqualTo("undefined");
  }

  @Test
  void badScoresAreRefusedWithIndexAndValue() {
    assertThatThrownBy(() -> Csat.of(Arrays.asList(5, null, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[2] must be 1 to 5 (or null if missing), but was 0");
    assertThatThrownBy(() -> Csat.ofCounts(5, 4))
        .hasMessage("satisfied must be at most responses (4), but was 5");
  }

  @Test
  void mergeAddsTalliesOfTheSameThreshold() {
    Csat a = Csat.of(List.of(5, 1));
    Csat b = Csat.of(Arrays.asList(4, null));

    assertThat(a.merge(b)).isEqualTo(Csat.of(Arrays.asList(5, 1, 4, null)));
    assertThatThrownBy(() -> a.merge(Csat.of(List.of(5), 5)))
        .hasMessage("cannot merge CSAT tallies of thresholds 4 and 5");
  }

  @Test
  void feedsTheCsatKpi() {
    assertThat(Kpis.CSAT.evaluate(Csat.of(SCORES).toInputs())).contains(Ratio.of(3, 6));
  }
}
