package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of the inputs: lengths, digits, ranges at their boundaries, and the messages. */
class KpiInputLimitsTest {

  @Test
  void aLinearSumTextMayHaveUpTo10000Characters() {
    String longest = "likes" + " ".repeat(10_000 - 5);
    assertThat(LinearSum.parse(longest)).isEqualTo(LinearSum.parse("likes"));
    String tooLong = longest + " ";
    assertThatThrownBy(() -> LinearSum.parse(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linear sum must be at most 10000 characters, but was 10001");
  }

  @Test
  void aTooLargeCoefficientQuotesTheTextWholeUpTo60Characters() {
    String term = "9999999999999999999*likes";
    String sixty = term + " ".repeat(60 - term.length());
    assertThatThrownBy(() -> LinearSum.parse(sixty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "linear sum coefficient must be at most 9223372036854775807, but was"
                + " 9999999999999999999 in '"
                + sixty
                + "'");
    String sixtyOne = sixty + " ";
    assertThatThrownBy(() -> LinearSum.parse(sixtyOne))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" in '" + sixtyOne.substring(0, 57) + "...'");
  }

  @Test
  void anInputHasAtMost40DigitsAnd40Decimals() {
    BigDecimal fortyDigits = BigDecimal.TEN.pow(39);
    assertThat(KpiInputs.empty().with(CoreMetrics.REACH, fortyDigits).value(CoreMetrics.REACH))
        .contains(fortyDigits);
    BigDecimal fortyDecimals = BigDecimal.ONE.movePointLeft(40);
    assertThat(KpiInputs.empty().with(CoreMetrics.REACH, fortyDecimals).value(CoreMetrics.REACH))
        .contains(fortyDecimals);
    BigDecimal manyDecimals = new BigDecimal("1." + "0".repeat(39) + "1");
    assertThat(KpiInputs.empty().with(CoreMetrics.REACH, manyDecimals).value(CoreMetrics.REACH))
        .contains(manyDecimals);
    assertThatThrownBy(() -> KpiInputs.empty().with(CoreMetrics.REACH, BigDecimal.TEN.pow(40)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of measure reach must have at most 40 digits and decimals, but had 41");
    assertThatThrownBy(
            () -> KpiInputs.empty().with(CoreMetrics.REACH, BigDecimal.ONE.movePointLeft(41)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of measure reach must have at most 40 digits and decimals, but had 41");
  }

  @Test
  void aNullMessageIsNamedByItsIndex() {
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    List<Message> messages =
        Arrays.asList(Message.answered(t0, t0.plusSeconds(60)), null, Message.unanswered(t0));
    assertThatThrownBy(() -> ServiceFormulas.averageFirstResponseTime(messages))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("messages[1] must not be null");
    List<Message> third = Arrays.asList(Message.unanswered(t0), Message.unanswered(t0), null);
    assertThatThrownBy(() -> ServiceFormulas.averageFirstResponseTime(third))
        .hasMessage("messages[2] must not be null");
    assertThat(
            ServiceFormulas.averageFirstResponseTime(
                List.of(Message.answered(t0, t0.plusSeconds(60)), Message.unanswered(t0))))
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void aMarginIsAFractionFromZeroToOneInclusive() {
    Money order = Money.of("50", "USD");
    assertThat(
            ReturnFormulas.profitLifetimeValue(
                order, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
        .isEqualTo(Money.of("50", "USD"));
    assertThat(
            ReturnFormulas.profitLifetimeValue(
                    order, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)
                .isZero())
        .isTrue();
    for (String bad : new String[] {"1.01", "-0.01"}) {
      assertThatThrownBy(
              () ->
                  ReturnFormulas.profitLifetimeValue(
                      order, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("margin must be a fraction from 0 to 1 (0.40 for 40%), but was " + bad);
    }
  }

  @Test
  void zeroPurchasesAndPeriodsAreAllowedAndNullsNamed() {
    Money order = Money.of("50", "USD");
    assertThat(
            ReturnFormulas.customerLifetimeValue(order, BigDecimal.ZERO, BigDecimal.TEN).isZero())
        .isTrue();
    assertThat(
            ReturnFormulas.customerLifetimeValue(order, BigDecimal.TEN, BigDecimal.ZERO).isZero())
        .isTrue();
    assertThatThrownBy(() -> ReturnFormulas.customerLifetimeValue(order, null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("purchasesPerPeriod must not be null");
    assertThatThrownBy(
            () -> ReturnFormulas.customerLifetimeValue(order, BigDecimal.ONE, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods must be zero or more, but was -1");
    assertThatThrownBy(
            () -> ReturnFormulas.customerLifetimeValue(null, BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("averageOrderValue must not be null");
  }
}
