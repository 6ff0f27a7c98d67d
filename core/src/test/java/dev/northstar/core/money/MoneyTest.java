package dev.northstar.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  // --- of / parse / toString --------------------------------------------------------------------

  @Test
  void ofKeepsTheAmountAsGiven() {
    Money money = Money.of(new BigDecimal("12.50"), USD);

    assertThat(money.amount()).isEqualByComparingTo("12.5");
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money.currency()).isEqualTo(USD);
    assertThat(money).hasToString("12.50 USD");
  }

  @Test
  void ofTextReadsAmountAndCode() {
    Money money = Money.of("12.50", "EUR");

    assertThat(money.amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(money.currency()).isEqualTo(EUR);
  }

  @Test
  void toStringUsesPlainNotation() {
    assertThat(Money.of(new BigDecimal("1E+3"), USD)).hasToString("1000 USD");
    assertThat(Money.of(new BigDecimal("1.5E-3"), USD)).hasToString("0.0015 USD");
    assertThat(Money.of(new BigDecimal("-7.25"), EUR)).hasToString("-7.25 EUR");
    assertThat(Money.zero(Currency.getInstance("JPY"))).hasToString("0 JPY");
  }

  @Test
  void parseReadsTheCanonicalForm() {
    Money money = Money.parse("12.50 USD");

    assertThat(money.amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(money.currency()).isEqualTo(USD);
    assertThat(Money.parse("  -3 EUR  ")).isEqualTo(Money.of(new BigDecimal("-3"), EUR));
  }

  @Test
  void parseOfToStringRoundTripsKeepingTheScale() {
    for (Money money :
        List.of(
            Money.of(new BigDecimal("12.50"), USD),
            Money.of(new BigDecimal("0.000001"), EUR),
            Money.of(new BigDecimal("-1234567890.12"), USD),
            Money.of(new BigDecimal("1E+5"), USD),
            Money.zero(EUR))) {
      Money parsed = Money.parse(money.toString());

      assertThat(parsed).as("%s", money).isEqualTo(money);
      assertThat(parsed.toString()).isEqualTo(money.toString());
    }
  }

  /**
   * The largest amounts {@code of} accepts (40 integer digits, 40 decimals) must round-trip through
   * their canonical text; one digit more is refused by {@code of}, so no accepted amount has a
   * canonical form that {@code parse} cannot read.
   */
  @Test
  void parseOfToStringRoundTripsForTheLargestAcceptedAmounts() {
    for (String amount : List.of("1E+39", "9".repeat(40), "0." + "9".repeat(40))) {
      Money huge = Money.of(new BigDecimal(amount), USD);
      assertThat(Money.parse(huge.toString())).as(amount).isEqualTo(huge);
    }
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+40"), USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 40");
  }

  @Test
  void parseRejectsTextThatIsNotAmountSpaceCode() {
    for (String bad : List.of("12.50", "12.50USD", "12.50  USD", "12.50 USD extra", "")) {
      assertThatThrownBy(() -> Money.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("money must be an amount and an ISO 4217 code")
          .hasMessageContaining("12.50 USD")
          .hasMessageContaining("but was '" + bad.strip() + "'");
    }
    assertThatThrownBy(() -> Money.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseRejectsCodeAndAmountInTheWrongOrder() {
    assertThatThrownBy(() -> Money.parse("USD 12.50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be a decimal number such as 12.50, but was 'USD'");
  }

  @Test
  void invalidCurrencyCodeIsRejectedNamingTheCode() {
    for (String bad : List.of("XYZ", "usd", "US", "DOLLAR", "")) {
      assertThatThrownBy(() -> Money.of("1", bad))
          .as("code %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("currency must be an ISO 4217 code such as USD or EUR")
          .hasMessageContaining("but was '" + bad + "'");
    }
    assertThatThrownBy(() -> Money.parse("5 ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'ABC'");
  }

  @Test
  void invalidAmountTextIsRejectedNamingTheText() {
    for (String bad : List.of("twelve", "12,50", "1.2.3", "", "NaN", "0x10")) {
      assertThatThrownBy(() -> Money.of(bad, "USD"))
          .as("amount %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "amount must be a decimal number such as 12.50, but was '" + bad + "'");
    }
  }

  @Test
  void hostileAmountTextOfFiveThousandDigitsIsRefusedWithAShortMessage() {
    String hostile = "9".repeat(5_000);

    assertThatThrownBy(() -> Money.of(hostile, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be a decimal number of at most 100 characters")
        .hasMessageContaining("5000")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> Money.parse(hostile + " USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100 characters");
  }

  @Test
  void hostileBigDecimalOfFiveThousandDigitsIsRefusedWithAShortMessage() {
    BigDecimal hostile = new BigDecimal("9".repeat(5_000));

    assertThatThrownBy(() -> Money.of(hostile, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must have at most 40 digits and decimals")
        .hasMessageContaining("but was 999")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void hostileExponentIsRefused() {
    assertThatThrownBy(() -> Money.of("1E+999999999", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must have at most 40 digits and decimals")
        .hasMessageContaining("1E+999999999");
    assertThatThrownBy(() -> Money.of("1E-41", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 40 digits and decimals");
  }

  @Test
  void fortyDigitsAreAcceptedAndFortyOneRefused() {
    assertThat(Money.of("9".repeat(40), "USD").amount().precision()).isEqualTo(40);
    assertThat(Money.of("0." + "1".repeat(40), "USD").amount().scale()).isEqualTo(40);
    assertThatThrownBy(() -> Money.of("9".repeat(41), "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 40 digits");
  }

  @Test
  void nullArgumentsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Money.of((BigDecimal) null, USD))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> Money.of((String) null, "USD"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of("1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency code");
    assertThatThrownBy(() -> Money.zero(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
  }

  // --- equality ---------------------------------------------------------------------------------

  @Test
  void equalityIsNumericSo2Point5Equals2Point50WithEqualHashCodes() {
    Money a = Money.of("2.5", "USD");
    Money b = Money.of("2.50", "USD");

    assertThat(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a).hasSameHashCodeAs(b);
    assertThat(a.toString()).isNotEqualTo(b.toString());
  }

  @Test
  void zeroesOfEveryScaleAreEqualWithEqualHashCodes() {
    Money zero = Money.zero(USD);

    for (String text : List.of("0", "0.00", "-0.0", "0E+3", "0E-7")) {
      Money other = Money.of(text, "USD");
      assertThat(other).as(text).isEqualTo(zero).hasSameHashCodeAs(zero);
    }
  }

  @Test
  void wholeAmountsInDifferentNotationsAreEqualWithEqualHashCodes() {
    Money hundred = Money.of("100", "USD");
    Money exponent = Money.of("1E+2", "USD");
    Money decimals = Money.of("100.000", "USD");

    assertThat(hundred).isEqualTo(exponent).isEqualTo(decimals);
    assertThat(hundred).hasSameHashCodeAs(exponent).hasSameHashCodeAs(decimals);
  }

  @Test
  void differentCurrencyOrAmountIsNotEqual() {
    assertThat(Money.of("2.5", "USD")).isNotEqualTo(Money.of("2.5", "EUR"));
    assertThat(Money.of("2.5", "USD")).isNotEqualTo(Money.of("2.51", "USD"));
    assertThat(Money.of("2.5", "USD")).isNotEqualTo(Money.of("-2.5", "USD"));
    assertThat(Money.of("2.5", "USD")).isNotEqualTo("2.5 USD");
  }

  // --- arithmetic -------------------------------------------------------------------------------

  @Test
  void plusAndMinusAreExact() {
    Money a = Money.of("0.10", "USD");
    Money b = Money.of("0.20", "USD");

    assertThat(a.plus(b)).isEqualTo(Money.of("0.3", "USD"));
    assertThat(a.plus(b)).hasToString("0.30 USD");
    assertThat(a.minus(b)).hasToString("-0.10 USD");
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.minus(a).isZero()).isTrue();
    assertThat(Money.of("1", "USD").plus(Money.of("0.001", "USD"))).hasToString("1.001 USD");
  }

  @Test
  void addingAMixedCurrencyThrowsNamingBothCodes() {
    Money usd = Money.of("10", "USD");
    Money eur = Money.of("5", "EUR");

    assertThatThrownBy(() -> usd.plus(eur))
        .isInstanceOf(CurrencyMismatchException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot add 10 USD and 5 EUR")
        .hasMessageContaining("USD and EUR differ");
    assertThatThrownBy(() -> usd.plus(eur))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.first()).isEqualTo(USD);
              assertThat(e.second()).isEqualTo(EUR);
            });
  }

  @Test
  void subtractingAMixedCurrencyThrowsNamingBothCodes() {
    assertThatThrownBy(() -> Money.of("5", "EUR").minus(Money.of("10", "USD")))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.first()).isEqualTo(EUR);
              assertThat(e.second()).isEqualTo(USD);
            })
        .hasMessageContaining("cannot subtract")
        .hasMessageContaining("EUR and USD differ");
  }

  @Test
  void comparingAMixedCurrencyThrowsNamingBothCodes() {
    assertThatThrownBy(() -> Money.of("1", "GBP").compareTo(Money.of("1", "JPY")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("cannot compare")
        .hasMessageContaining("GBP and JPY differ");
  }

  @Test
  void arithmeticRejectsNull() {
    Money usd = Money.of("1", "USD");

    assertThatThrownBy(() -> usd.plus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other");
    assertThatThrownBy(() -> usd.minus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other");
    assertThatThrownBy(() -> usd.multipliedBy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("factor");
  }

  @Test
  void compareToOrdersByAmountIgnoringScale() {
    Money small = Money.of("2.5", "USD");
    Money same = Money.of("2.50", "USD");
    Money big = Money.of("10", "USD");
    List<Money> list = new ArrayList<>(List.of(big, small, Money.of("-1", "USD")));

    Collections.sort(list);

    assertThat(small.compareTo(same)).isZero();
    assertThat(small.compareTo(big)).isNegative();
    assertThat(big.compareTo(small)).isPositive();
    assertThat(list).containsExactly(Money.of("-1", "USD"), small, big);
  }

  @Test
  void multipliedByIsExact() {
    Money price = Money.of("12.50", "USD");

    assertThat(price.multipliedBy(new BigDecimal("3"))).hasToString("37.50 USD");
    assertThat(price.multipliedBy(new BigDecimal("0.1"))).hasToString("1.250 USD");
    assertThat(Money.of("0.1", "USD").multipliedBy(new BigDecimal("0.1")))
        .isEqualTo(Money.of("0.01", "USD"));
    assertThat(Money.of("1", "USD").multipliedBy(new BigDecimal("3")).amount())
        .isEqualByComparingTo("3");
    assertThat(price.multipliedBy(new BigDecimal("-2"))).isEqualTo(Money.of("-25", "USD"));
    assertThat(price.multipliedBy(BigDecimal.ZERO).isZero()).isTrue();
  }

  @Test
  void multipliedByRefusesAResultWithTooManyDigits() {
    Money many = Money.of("1." + "1".repeat(30), "USD");

    assertThatThrownBy(() -> many.multipliedBy(new BigDecimal("1." + "1".repeat(30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 40 digits");
  }

  @Test
  void negatedFlipsTheSign() {
    assertThat(Money.of("12.50", "USD").negated()).hasToString("-12.50 USD");
    assertThat(Money.of("-3", "EUR").negated()).isEqualTo(Money.of("3", "EUR"));
    assertThat(Money.zero(USD).negated()).isEqualTo(Money.zero(USD));
  }

  @Test
  void signPredicates() {
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThat(Money.zero(USD).isNegative()).isFalse();
    assertThat(Money.of("0.01", "USD").isZero()).isFalse();
    assertThat(Money.of("0.01", "USD").isNegative()).isFalse();
    assertThat(Money.of("-0.01", "USD").isNegative()).isTrue();
  }

  @Test
  void amountTextOfExactlyOneHundredCharactersIsAcceptedAndOneMoreRefused() {
    String hundred = "0".repeat(95) + "12.50";
    String hundredAndOne = "0" + hundred;

    assertThat(hundred).hasSize(100);
    assertThat(Money.of(hundred, "USD")).isEqualTo(Money.of("12.50", "USD"));
    assertThatThrownBy(() -> Money.of(hundredAndOne, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "amount must be a decimal number of at most 100 characters, but was 101 characters"
                + " long");
  }

  @Test
  void badTextOfEightyCharactersIsQuotedWholeAndLongerTextIsAbbreviated() {
    String eighty = "a".repeat(80);
    String eightyOne = "b".repeat(81);

    assertThatThrownBy(() -> Money.parse(eighty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "money must be an amount and an ISO 4217 code, such as '12.50 USD', but was '"
                + eighty
                + "'");
    assertThatThrownBy(() -> Money.parse(eightyOne))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "money must be an amount and an ISO 4217 code, such as '12.50 USD', but was '"
                + "b".repeat(77)
                + "...'");
  }
}
