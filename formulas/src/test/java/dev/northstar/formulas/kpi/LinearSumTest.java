package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.FormulaGens;
import dev.northstar.formulas.Serialization;
import dev.northstar.testing.property.Property;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearSumTest {

  @Test
  void canonicalFormReadsBack() {
    LinearSum sum =
        LinearSum.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS).plus(CoreMetrics.SHARES, -2);

    assertThat(sum).hasToString("likes + comments - 2*shares");
    assertThat(LinearSum.parse("likes + comments - 2*shares")).isEqualTo(sum);
    assertThat(LinearSum.parse("  likes+comments -2 * shares ")).isEqualTo(sum);
    assertThat(LinearSum.parse("-reach")).hasToString("-reach");
  }

  @Test
  void repeatedMeasuresAddUpAndZeroTermsDisappear() {
    LinearSum sum = LinearSum.parse("likes + shares + likes - shares");

    assertThat(sum.terms()).containsExactly(Map.entry(CoreMetrics.LIKES, 2L));
    assertThat(sum.uses(CoreMetrics.SHARES)).isFalse();
    assertThatThrownBy(() -> LinearSum.parse("likes - likes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linear sum must have at least one non-zero term");
  }

  @Test
  void nonNegativeMeansEveryCoefficientPositive() {
    assertThat(LinearSum.parse("a + 3*b").isNonNegative()).isTrue();
    assertThat(LinearSum.parse("a - b").isNonNegative()).isFalse();
  }

  @Test
  void mapFactoryKeepsOrder() {
    Map<MetricId, Long> terms = new LinkedHashMap<>();
    terms.put(CoreMetrics.SHARES, 1L);
    terms.put(CoreMetrics.LIKES, 3L);
    terms.put(CoreMetrics.SAVES, 0L);

    assertThat(LinearSum.of(terms)).hasToString("shares + 3*likes");
  }

  @Test
  void badTextIsRefusedWithThePosition() {
    assertThatThrownBy(() -> LinearSum.parse("likes comments"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "linear sum must be terms such as 'likes + comments - 2*shares', but was 'likes"
                + " comments' (bad term at index 6)");
    assertThatThrownBy(() -> LinearSum.parse("Likes")).hasMessageContaining("bad term at index 0");
    assertThatThrownBy(() -> LinearSum.parse("9999999999999999999*likes"))
        .hasMessageContaining("linear sum coefficient must be at most 9223372036854775807");
  }

  @Test
  void coefficientOverflowIsAnIllegalArgument() {
    LinearSum big = LinearSum.parse(Long.MAX_VALUE + "*likes");

    assertThat(big.terms()).containsEntry(CoreMetrics.LIKES, Long.MAX_VALUE);
    assertThatThrownBy(() -> big.plus(CoreMetrics.LIKES, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coefficient of likes must stay within the range of long");
  }

  @Test
  void serializationGoesThroughTheCanonicalText() throws Exception {
    LinearSum sum = LinearSum.parse("positive_mentions - negative_mentions");

    assertThat(Serialization.roundTrip(sum)).isEqualTo(sum);
  }

  @Test
  void parseInvertsToString() {
    Property.named("LinearSum.parse(s.toString()) equals s")
        .forAll(
            FormulaGens.linearSums(),
            s -> {
              assertThat(LinearSum.parse(s.toString())).isEqualTo(s);
              assertThat(LinearSum.parse(s.toString()).toString()).isEqualTo(s.toString());
            });
  }
}
