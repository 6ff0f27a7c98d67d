package dev.northstar.formulas.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import dev.northstar.formulas.Serialization;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyRatioTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void valueIsRoundedToTheCurrencyDecimals() {
    MoneyRatio cpc = MoneyRatio.of(Money.of("500", "USD"), BigDecimal.valueOf(250));

    assertThat(cpc.value()).contains(Money.of("2.00", "USD"));
    assertThat(cpc.value().orElseThrow().toString()).isEqualTo("2.00 USD");
    assertThat(cpc.currency()).isEqualTo(USD);
    assertThat(cpc.ratio()).isEqualTo(Ratio.of(500, 250));
    assertThat(MoneyRatio.of(Money.of("100", "JPY"), BigDecimal.valueOf(3)).value())
        .contains(Money.of("33", "JPY"));
    assertThat(MoneyRatio.of(Money.of("1", "USD"), BigDecimal.valueOf(3)).value(4))
        .contains(Money.of("0.3333", "USD"));
    assertThat(MoneyRatio.of(Money.of("1", "USD"), BigDecimal.valueOf(3)).decimalValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3333333333333333"));
  }

  @Test
  void zeroUnitsIsUndefined() {
    MoneyRatio none = MoneyRatio.of(Money.of("500", "USD"), BigDecimal.ZERO);

    assertThat(none.isDefined()).isFalse();
    assertThat(none.value()).isEmpty();
    assertThat(none.value(2)).isEmpty();
    assertThat(none.decimalValue()).isEmpty();
  }

  @Test
  void badDecimalsAreRefused() {
    MoneyRatio r = MoneyRatio.of(Money.of("1", "USD"), BigDecimal.ONE);
    assertThatThrownBy(() -> r.value(21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be 0 to 20, but was 21");
  }

  @Test
  void mergeAddsWithinOneCurrencyAndRefusesTwo() {
    MoneyRatio a = MoneyRatio.of(Money.of("300", "USD"), BigDecimal.valueOf(100));
    MoneyRatio b = MoneyRatio.of(Money.of("200", "USD"), BigDecimal.valueOf(150));

    assertThat(a.merge(b))
        .isEqualTo(MoneyRatio.of(Money.of("500", "USD"), BigDecimal.valueOf(250)));
    assertThat(a.merge(b).value()).contains(Money.of("2.00", "USD"));
    MoneyRatio euros = MoneyRatio.of(Money.of("1", "EUR"), BigDecimal.ONE);
    assertThatThrownBy(() -> a.merge(euros))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageStartingWith("cannot merge 300 USD and 1 EUR")
        .hasMessageContaining("USD and EUR");
  }

  @Test
  void equalityNeedsTheSameRatioAndCurrency() {
    MoneyRatio usd = MoneyRatio.of(Ratio.of(5, 2), USD);
    assertThat(usd)
        .isEqualTo(MoneyRatio.of(Money.of("5.0", "USD"), BigDecimal.valueOf(2)))
        .hasSameHashCodeAs(MoneyRatio.of(Money.of("5.0", "USD"), BigDecimal.valueOf(2)));
    assertThat(usd).isNotEqualTo(MoneyRatio.of(Ratio.of(5, 2), Currency.getInstance("EUR")));
    assertThat(usd).isNotEqualTo(MoneyRatio.of(Ratio.of(10, 4), USD));
  }

  @Test
  void toStringAndParseRoundTrip() {
    MoneyRatio cpm =
        MoneyRatio.of(Money.of("500", "USD"), BigDecimal.valueOf(20_000))
            .multipliedBy(BigDecimal.valueOf(1000));

    assertThat(cpm.toString()).isEqualTo("500000/20000 USD");
    assertThat(MoneyRatio.parse(cpm.toString())).isEqualTo(cpm);
    assertThat(MoneyRatio.parse(" 1.5 / 0 EUR ").isDefined()).isFalse();
  }

  @Test
  void parseNamesWhatIsWrong() {
    assertThatThrownBy(() -> MoneyRatio.parse("500/250"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "money ratio must be 'numerator/denominator CUR' such as '500/250 USD', but was"
                + " '500/250'");
    assertThatThrownBy(() -> MoneyRatio.parse("500/250 XYZ1"))
        .hasMessage("money ratio currency must be an ISO 4217 code such as USD, but was 'XYZ1'");
    assertThatThrownBy(() -> MoneyRatio.parse("500/x USD"))
        .hasMessageContaining("ratio denominator must be a plain decimal number");
  }

  @Test
  void serializationKeepsTheValue() throws Exception {
    MoneyRatio r = MoneyRatio.of(Money.of("12.34", "EUR"), BigDecimal.valueOf(3));

    assertThat(Serialization.roundTrip(r)).isEqualTo(r);
  }
}
