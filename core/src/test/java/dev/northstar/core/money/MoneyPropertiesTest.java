package dev.northstar.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.CoreGens;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyPropertiesTest {

  /** Two typical amounts in the same generated currency. */
  private static final Gen<List<Money>> SAME_CURRENCY_PAIRS =
      CoreGens.currencies()
          .flatMap(
              c ->
                  Gens.zip(
                      CoreGens.typicalMoney(c), CoreGens.typicalMoney(c), (a, b) -> List.of(a, b)));

  @Test
  void parseInvertsToStringOverTheWholeAcceptedDomain() {
    Property.named("Money.parse(m.toString()) equals m and keeps its text")
        .forAll(
            CoreGens.money(),
            m -> {
              Money parsed = Money.parse(m.toString());
              assertThat(parsed).isEqualTo(m).hasSameHashCodeAs(m);
              assertThat(parsed.toString()).isEqualTo(m.toString());
            });
  }

  @Test
  void everyAmountIsRefusedWhenMadeOrRoundTrips() {
    Property.named("money of any amount is refused at once, or its text parses back")
        .forAll(
            CoreGens.wildDecimals(),
            CoreGens.currencies(),
            (amount, currency) -> {
              Money m;
              try {
                m = Money.of(amount, currency);
              } catch (IllegalArgumentException refused) {
                assertThat(refused).hasMessageContaining("amount must have at most 40");
                return;
              }
              assertThat(Money.parse(m.toString())).isEqualTo(m);
              assertThat(Money.parse(m.toString()).toString()).isEqualTo(m.toString());
            });
  }

  @Test
  void parseInvertsToStringForTypicalAmounts() {
    Property.named("Money.parse(m.toString()) equals m for amounts of a few digits")
        .forAll(
            CoreGens.currencies().flatMap(CoreGens::typicalMoney),
            m -> {
              assertThat(Money.parse(m.toString())).isEqualTo(m);
              assertThat(Money.parse(m.toString()).amount().scale()).isEqualTo(m.amount().scale());
            });
  }

  @Test
  void addingThenSubtractingIsTheIdentity() {
    Property.named("a + b - b equals a")
        .forAll(
            SAME_CURRENCY_PAIRS,
            p -> {
              Money a = p.get(0);
              Money b = p.get(1);
              assertThat(a.plus(b).minus(b)).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(a.minus(b).plus(b)).isEqualTo(a);
            });
  }

  @Test
  void additionIsCommutative() {
    Property.named("a + b equals b + a")
        .forAll(
            SAME_CURRENCY_PAIRS,
            p -> {
              Money a = p.get(0);
              Money b = p.get(1);
              assertThat(a.plus(b)).isEqualTo(b.plus(a)).hasSameHashCodeAs(b.plus(a));
              assertThat(a.plus(b).amount()).isEqualByComparingTo(a.amount().add(b.amount()));
            });
  }

  @Test
  void compareToAgreesWithTheAmountsAndWithEquals() {
    Property.named("compareTo orders by amount and is 0 exactly for equal money")
        .forAll(
            SAME_CURRENCY_PAIRS,
            p -> {
              Money a = p.get(0);
              Money b = p.get(1);
              assertThat(Integer.signum(a.compareTo(b)))
                  .isEqualTo(a.amount().compareTo(b.amount()))
                  .isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(a.minus(b).isNegative()).isEqualTo(a.compareTo(b) < 0);
              assertThat(a.minus(b).isZero()).isEqualTo(a.equals(b));
            });
  }

  @Test
  void trailingZerosChangeTheTextButNotEqualityOrHashCode() {
    Property.named("m equals m with more decimals, with the same hash code")
        .forAll(
            CoreGens.currencies().flatMap(CoreGens::typicalMoney),
            Gens.ints(1, 10),
            (m, extra) -> {
              Money longer =
                  Money.of(m.amount().setScale(m.amount().scale() + extra), m.currency());
              assertThat(longer).isEqualTo(m).hasSameHashCodeAs(m);
              assertThat(longer.toString()).isNotEqualTo(m.toString());
            });
  }

  @Test
  void mixingCurrenciesAlwaysThrowsNamingBoth() {
    Property.named("arithmetic on two currencies throws CurrencyMismatchException naming both")
        .forAll(
            CoreGens.money(),
            CoreGens.money(),
            (a, b) -> {
              if (a.currency().equals(b.currency())) {
                return;
              }
              String codes =
                  a.currency().getCurrencyCode() + " and " + b.currency().getCurrencyCode();
              assertThatThrownBy(() -> a.plus(b))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessageContaining(codes);
              assertThatThrownBy(() -> a.minus(b))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessageContaining(codes);
              assertThatThrownBy(() -> a.compareTo(b))
                  .isInstanceOf(CurrencyMismatchException.class)
                  .hasMessageContaining(codes);
              assertThat(a).isNotEqualTo(b);
            });
  }

  @Test
  void negatingTwiceIsTheIdentity() {
    Property.named("m.negated().negated() equals m, and m + (-m) is zero")
        .forAll(
            CoreGens.currencies().flatMap(CoreGens::typicalMoney),
            m -> {
              assertThat(m.negated().negated()).isEqualTo(m);
              assertThat(m.plus(m.negated()).isZero()).isTrue();
            });
  }
}
