package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AchievableThresholdsTest {

  @Test
  void defaultsAreFiveAndThirtyPercent() {
    SmartConfig d = SmartConfig.defaults();
    assertThat(d.achievableErrorBelow()).isEqualByComparingTo("0.05");
    assertThat(d.achievableWarningBelow()).isEqualByComparingTo("0.30");
  }

  @Test
  void thresholdsAreSetCopiedAndCompared() {
    SmartConfig c =
        SmartConfig.builder()
            .achievableThresholds(new BigDecimal("0.1"), new BigDecimal("0.5"))
            .build();
    assertThat(c.achievableErrorBelow()).isEqualByComparingTo("0.1");
    assertThat(c.achievableWarningBelow()).isEqualByComparingTo("0.5");
    SmartConfig copy = c.toBuilder().build();
    assertThat(copy).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(copy.achievableWarningBelow()).isEqualByComparingTo("0.5");
    assertThat(c).isNotEqualTo(SmartConfig.defaults());
    SmartConfig otherError =
        SmartConfig.builder()
            .achievableThresholds(new BigDecimal("0.2"), new BigDecimal("0.5"))
            .build();
    SmartConfig otherWarning =
        SmartConfig.builder()
            .achievableThresholds(new BigDecimal("0.1"), new BigDecimal("0.6"))
            .build();
    assertThat(otherError).isNotEqualTo(c);
    assertThat(otherWarning).isNotEqualTo(c);
    assertThat(
            SmartConfig.builder()
                .achievableThresholds(new BigDecimal("0.10"), new BigDecimal("0.50"))
                .build())
        .isEqualTo(c)
        .hasSameHashCodeAs(c);
    assertThat(c.toString()).contains("achievableErrorBelow=0.1, achievableWarningBelow=0.5,");
  }

  @Test
  void limitsAreZeroAndOneAndErrorNotAboveWarning() {
    SmartConfig edges =
        SmartConfig.builder().achievableThresholds(BigDecimal.ZERO, BigDecimal.ONE).build();
    assertThat(edges.achievableErrorBelow()).isEqualByComparingTo("0");
    assertThat(edges.achievableWarningBelow()).isEqualByComparingTo("1");
    SmartConfig same =
        SmartConfig.builder()
            .achievableThresholds(new BigDecimal("0.2"), new BigDecimal("0.2"))
            .build();
    assertThat(same.achievableErrorBelow()).isEqualByComparingTo("0.2");
    assertThatThrownBy(
            () ->
                SmartConfig.builder().achievableThresholds(new BigDecimal("-0.01"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("achievable thresholds must be probabilities from 0 to 1, but got -0.01");
    assertThatThrownBy(
            () ->
                SmartConfig.builder().achievableThresholds(BigDecimal.ZERO, new BigDecimal("1.01")))
        .hasMessage("achievable thresholds must be probabilities from 0 to 1, but got 1.01");
    assertThatThrownBy(
            () ->
                SmartConfig.builder()
                    .achievableThresholds(new BigDecimal("0.3"), new BigDecimal("0.2")))
        .hasMessage("the error threshold 0.3 must not be above the warning threshold 0.2");
    assertThatThrownBy(() -> SmartConfig.builder().achievableThresholds(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SmartConfig.builder().achievableThresholds(BigDecimal.ZERO, null))
        .isInstanceOf(NullPointerException.class);
  }
}
