package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.ratio.Ratio;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTest {

  @Test
  void countsPromotersPassivesAndDetractorsAndDropsMissingAnswers() {
    // Promoters 10, 9, 9, 10; passives 8, 7; detractors 6, 3, 0; one missing.
    Nps nps = Nps.of(Arrays.asList(10, 9, 9, 8, 7, 6, 3, 0, null, 10));

    assertThat(nps.promoters()).isEqualTo(4);
    assertThat(nps.passives()).isEqualTo(2);
    assertThat(nps.detractors()).isEqualTo(3);
    assertThat(nps.answers()).isEqualTo(9);
    assertThat(nps.dropped()).isEqualTo(1);
    // (4 - 3) / 9 x 100 = 11.11... points: passives count in the denominator.
    assertThat(nps.ratio()).isEqualTo(Ratio.of(1, 9));
    assertThat(nps.score())
        .hasValueSatisfying(s -> assertThat(s.toPlainString()).isEqualTo("11.11111111111111"));
  }

  @Test
  void scoreSpansMinusToPlusOneHundredPoints() {
    assertThat(Nps.of(List.of(0, 6, 3)).score())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("-100"));
    assertThat(Nps.of(List.of(9, 10)).score())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("100"));
    assertThat(Nps.of(List.of(9, 10, 0, 5)).score())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0"));
    assertThat(Nps.of(List.of(7, 8)).score())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0"));
    // 3 promoters, 1 passive, 0 detractors: 75 points.
    assertThat(Nps.ofCounts(3, 1, 0).score())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("75"));
  }

  @Test
  void noAnswerIsUndefined() {
    assertThat(Nps.of(List.of()).score()).isEmpty();
    assertThat(Nps.of(Arrays.asList(null, null)).score()).isEmpty();
    assertThat(Nps.of(Arrays.asList(null, null)).dropped()).isEqualTo(2);
    assertThat(Nps.empty().ratio().isDefined()).isFalse();
    assertThat(Nps.empty().toString()).startsWith("Nps[undefined:");
  }

  @Test
  void outOfRangeAnswersAreRefusedWithIndexAndValue() {
    assertThatThrownBy(() -> Nps.of(Arrays.asList(10, null, 11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers[2] must be 0 to 10 (or null if missing), but was 11");
    assertThatThrownBy(() -> Nps.of(List.of(-1)))
        .hasMessage("answers[0] must be 0 to 10 (or null if missing), but was -1");
    assertThatThrownBy(() -> Nps.ofCounts(1, -2, 0))
        .hasMessage("passives must be zero or more, but was -2");
  }

  @Test
  void mergeEqualsTheTallyOfAllAnswers() {
    Nps a = Nps.of(Arrays.asList(10, 2, null));
    Nps b = Nps.of(List.of(9, 8, 7));

    assertThat(a.merge(b)).isEqualTo(Nps.of(Arrays.asList(10, 2, null, 9, 8, 7)));
    assertThat(a.merge(Nps.empty())).isEqualTo(a);
  }

  @Test
  void feedsTheNpsKpi() {
    Nps nps = Nps.of(List.of(10, 9, 8, 0));

    assertThat(Kpis.NPS.evaluate(nps.toInputs()).orElseThrow().value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(nps).hasToString("Nps[25 points: 2 promoters, 1 passives, 1 detractors, 0 dropped]");
  }
}
