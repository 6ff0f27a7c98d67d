package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The thresholds of {@link SmartConfig}: defaults, ranges at their limits, copies and equality. */
class SmartConfigTest {

  private static SmartConfig custom() {
    return SmartConfig.builder()
        .minimumDurationDays(14)
        .maximumDurationDays(400)
        .historyMonths(12)
        .stretchFactor(new BigDecimal("1.5"))
        .disable("relevant.aligned")
        .disable("achievable.growth")
        .build();
  }

  @Test
  void defaultsAreTheDocumentedThresholds() {
    SmartConfig d = SmartConfig.defaults();
    assertThat(d.minimumDurationDays()).isEqualTo(30);
    assertThat(d.maximumDurationDays()).isEqualTo(1096);
    assertThat(d.historyMonths()).isEqualTo(6);
    assertThat(d.stretchFactor()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(d.disabledRules()).isEmpty();
    assertThat(d)
        .hasToString(
            "SmartConfig[minimumDurationDays=30, maximumDurationDays=1096, historyMonths=6,"
                + " stretchFactor=1, achievableErrorBelow=0.05, achievableWarningBelow=0.3,"
                + " disabledRules=[]]");
  }

  @Test
  void gettersAndToStringShowWhatWasSet() {
    SmartConfig c = custom();
    assertThat(c.minimumDurationDays()).isEqualTo(14);
    assertThat(c.maximumDurationDays()).isEqualTo(400);
    assertThat(c.historyMonths()).isEqualTo(12);
    assertThat(c.stretchFactor()).isEqualByComparingTo("1.5");
    assertThat(c.disabledRules()).containsExactly("achievable.growth", "relevant.aligned");
    assertThat(c)
        .hasToString(
            "SmartConfig[minimumDurationDays=14, maximumDurationDays=400, historyMonths=12,"
                + " stretchFactor=1.5, achievableErrorBelow=0.05, achievableWarningBelow=0.3,"
                + " disabledRules=[achievable.growth, relevant.aligned]]");
  }

  @Test
  void toBuilderCopiesEveryField() {
    SmartConfig c = custom();
    SmartConfig copy = c.toBuilder().build();
    assertThat(copy).isEqualTo(c).hasSameHashCodeAs(c).hasToString(c.toString());
    assertThat(copy.minimumDurationDays()).isEqualTo(14);
    assertThat(copy.maximumDurationDays()).isEqualTo(400);
    assertThat(copy.historyMonths()).isEqualTo(12);
    assertThat(copy.stretchFactor()).isEqualByComparingTo("1.5");
    assertThat(copy.disabledRules()).containsExactly("achievable.growth", "relevant.aligned");
  }

  @Test
  void disableAndEnableSwitchRulesOffAndOn() {
    SmartConfig c = custom();
    assertThat(c.isEnabled("relevant.aligned")).isFalse();
    assertThat(c.isEnabled("specific.metric")).isTrue();
    SmartConfig back = c.toBuilder().enable("relevant.aligned").build();
    assertThat(back.isEnabled("relevant.aligned")).isTrue();
    assertThat(back.disabledRules()).containsExactly("achievable.growth");
    assertThatThrownBy(() -> c.isEnabled(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ruleId must not be null");
    assertThatThrownBy(() -> SmartConfig.builder().disable("Not An Id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was \"Not An Id\"");
    assertThatThrownBy(() -> SmartConfig.builder().enable(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ruleId must not be null");
  }

  @Test
  void disabledRulesCannotBeModified() {
    assertThatThrownBy(() -> custom().disabledRules().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void durationsAcceptTheirLimitsAndRefuseOneBeyond() {
    assertThat(SmartConfig.builder().minimumDurationDays(1).build().minimumDurationDays())
        .isEqualTo(1);
    assertThat(
            SmartConfig.builder()
                .maximumDurationDays(36_600)
                .minimumDurationDays(36_600)
                .build()
                .minimumDurationDays())
        .isEqualTo(36_600);
    assertThatThrownBy(() -> SmartConfig.builder().minimumDurationDays(36_601))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumDurationDays must be from 1 to 36600, but was 36601");
    assertThat(SmartConfig.builder().minimumDurationDays(1).maximumDurationDays(1).build())
        .satisfies(c -> assertThat(c.maximumDurationDays()).isEqualTo(1));
    assertThatThrownBy(() -> SmartConfig.builder().maximumDurationDays(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumDurationDays must be from 1 to 36600, but was 0");
    assertThatThrownBy(() -> SmartConfig.builder().maximumDurationDays(36_601))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumDurationDays must be from 1 to 36600, but was 36601");
  }

  @Test
  void theMaximumMayEqualTheMinimumButNotFallBelowIt() {
    SmartConfig same =
        SmartConfig.builder().minimumDurationDays(90).maximumDurationDays(90).build();
    assertThat(same.minimumDurationDays()).isEqualTo(90);
    assertThat(same.maximumDurationDays()).isEqualTo(90);
    assertThatThrownBy(
            () -> SmartConfig.builder().minimumDurationDays(90).maximumDurationDays(89).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "maximumDurationDays must not be less than minimumDurationDays (90), but was 89");
  }

  @Test
  void historyMonthsRunFromTwoToOneHundredTwenty() {
    assertThat(SmartConfig.builder().historyMonths(2).build().historyMonths()).isEqualTo(2);
    assertThat(SmartConfig.builder().historyMonths(120).build().historyMonths()).isEqualTo(120);
    assertThatThrownBy(() -> SmartConfig.builder().historyMonths(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("historyMonths must be from 2 to 120, but was 1");
    assertThatThrownBy(() -> SmartConfig.builder().historyMonths(121))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("historyMonths must be from 2 to 120, but was 121");
  }

  @Test
  void stretchFactorRunsFromOneToOneHundred() {
    assertThat(SmartConfig.builder().stretchFactor(BigDecimal.ONE).build().stretchFactor())
        .isEqualByComparingTo("1");
    assertThat(SmartConfig.builder().stretchFactor(new BigDecimal("100")).build().stretchFactor())
        .isEqualByComparingTo("100");
    assertThatThrownBy(() -> SmartConfig.builder().stretchFactor(new BigDecimal("0.99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stretchFactor must be from 1 to 100, but was 0.99");
    assertThatThrownBy(() -> SmartConfig.builder().stretchFactor(new BigDecimal("100.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stretchFactor must be from 1 to 100, but was 100.01");
    assertThatThrownBy(() -> SmartConfig.builder().stretchFactor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stretchFactor must not be null");
  }

  @Test
  void equalityComparesStretchFactorsByValue() {
    SmartConfig one = SmartConfig.builder().stretchFactor(new BigDecimal("1.50")).build();
    SmartConfig other = SmartConfig.builder().stretchFactor(new BigDecimal("1.5")).build();
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.toString()).contains("stretchFactor=1.5,");
    assertThat(one.hashCode()).isNotEqualTo(SmartConfig.defaults().hashCode());
  }

  @Test
  void everyFieldTakesPartInEquality() {
    SmartConfig base = SmartConfig.defaults();
    assertThat(base).isEqualTo(SmartConfig.builder().build()).isNotEqualTo("SmartConfig");
    assertThat(SmartConfig.builder().minimumDurationDays(31).build()).isNotEqualTo(base);
    assertThat(SmartConfig.builder().maximumDurationDays(1000).build()).isNotEqualTo(base);
    assertThat(SmartConfig.builder().historyMonths(7).build()).isNotEqualTo(base);
    assertThat(SmartConfig.builder().stretchFactor(new BigDecimal("2")).build()).isNotEqualTo(base);
    assertThat(SmartConfig.builder().disable("relevant.aligned").build()).isNotEqualTo(base);
  }
}
