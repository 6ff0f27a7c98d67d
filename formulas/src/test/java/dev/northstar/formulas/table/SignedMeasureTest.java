package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signed measures: their factories, canonical text and parsing, equality, and which values {@link
 * Measure#toStored} accepts.
 */
class SignedMeasureTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final MetricId NET_FOLLOWS = MetricId.of("net_follows");
  private static final MetricId BALANCE = MetricId.of("balance");

  @Test
  void theFactoriesMakeSignedMeasuresAndTheOthersUnsignedOnes() {
    Measure count = Measure.signedCount(NET_FOLLOWS);
    assertThat(count.isSigned()).isTrue();
    assertThat(count.isAmount()).isFalse();
    assertThat(count.scale()).isZero();
    assertThat(count.currency()).isEmpty();
    assertThat(count.id()).isEqualTo(NET_FOLLOWS);

    Measure usd = Measure.signedAmount(BALANCE, USD);
    assertThat(usd.isSigned()).isTrue();
    assertThat(usd.isAmount()).isTrue();
    assertThat(usd.scale()).isEqualTo(2);
    assertThat(usd.currency()).contains(USD);
    assertThat(Measure.signedAmount(BALANCE, JPY).scale()).isZero();
    assertThat(Measure.signedAmount(BALANCE, USD, 6).scale()).isEqualTo(6);

    assertThat(Measure.count(CoreMetrics.LIKES).isSigned()).isFalse();
    assertThat(Measure.amount(CoreMetrics.SPEND, USD).isSigned()).isFalse();
    assertThat(Measure.amount(CoreMetrics.SPEND, USD, 4).isSigned()).isFalse();
  }

  @Test
  void theFactoriesRefuseNullsAndBadScalesAsTheUnsignedOnesDo() {
    assertThatThrownBy(() -> Measure.signedCount(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("measure id must not be null");
    assertThatThrownBy(() -> Measure.signedAmount(BALANCE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency must not be null");
    assertThatThrownBy(() -> Measure.signedAmount(null, USD, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("measure id must not be null");
    assertThatThrownBy(() -> Measure.signedAmount(BALANCE, USD, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale of amount balance must be 0 to 9, but was 10");
    assertThatThrownBy(() -> Measure.signedAmount(BALANCE, USD, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale of amount balance must be 0 to 9, but was -1");
  }

  @Test
  void theCanonicalTextSaysSignedInTheBrackets() {
    assertThat(Measure.signedCount(NET_FOLLOWS)).hasToString("net_follows[signed]");
    assertThat(Measure.signedAmount(BALANCE, USD)).hasToString("balance[USD:2,signed]");
    assertThat(Measure.signedAmount(BALANCE, USD, 0)).hasToString("balance[USD:0,signed]");
    assertThat(Measure.count(NET_FOLLOWS)).hasToString("net_follows");
    assertThat(Measure.amount(BALANCE, USD)).hasToString("balance[USD:2]");
  }

  @Test
  void parseReadsEverySignedForm() {
    assertThat(Measure.parse("net_follows[signed]")).isEqualTo(Measure.signedCount(NET_FOLLOWS));
    assertThat(Measure.parse("balance[USD:2,signed]"))
        .isEqualTo(Measure.signedAmount(BALANCE, USD, 2));
    assertThat(Measure.parse("balance[USD,signed]")).isEqualTo(Measure.signedAmount(BALANCE, USD));
    assertThat(Measure.parse("balance[JPY,signed]").scale()).isZero();
    assertThat(Measure.parse(" balance[USD:6,signed] "))
        .isEqualTo(Measure.signedAmount(BALANCE, USD, 6));
    // The unsigned forms read as before.
    assertThat(Measure.parse("likes")).isEqualTo(Measure.count(CoreMetrics.LIKES));
    assertThat(Measure.parse("spend[USD]")).isEqualTo(Measure.amount(CoreMetrics.SPEND, USD));
    assertThat(Measure.parse("spend[USD:3]").isSigned()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "net_follows[]",
        "net_follows[SIGNED]",
        "net_follows[Signed]",
        "net_follows[unsigned]",
        "net_follows[signed,signed]",
        "net_follows[,signed]",
        "net_follows[ signed]",
        "net_follows [signed]",
        "balance[signed,USD]",
        "balance[signed:2]",
        "balance[USD:2, signed]",
        "balance[USD:2;signed]",
        "balance[USD:2,]",
        "balance[USD:2,unsigned]",
        "balance[USD:2:signed]",
        "balance[USD:signed]",
        "balance[USD][signed]",
        "balance[signed][USD]"
      })
  void aBadSignedFormIsRefusedNamingTheTextAndTheAllowedForms(String text) {
    assertThatThrownBy(() -> Measure.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "measure must be 'id', 'id[CUR]' or 'id[CUR:scale]' such as 'spend[USD:2]', or signed"
                + " 'id[signed]' or 'id[CUR:scale,signed]' such as 'balance[USD:2,signed]', but"
                + " was '"
                + text.strip()
                + "'");
  }

  @Test
  void aSignedAmountWithAnUnknownCurrencyOrScaleIsRefusedAsAnUnsignedOneIs() {
    assertThatThrownBy(() -> Measure.parse("balance[ZZZ:2,signed]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency of measure balance must be an ISO 4217 code, but was 'ZZZ'");
    assertThatThrownBy(() -> Measure.parse("balance[USD:10,signed]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale of amount balance must be 0 to 9, but was 10");
  }

  @Test
  void signednessIsPartOfEqualityAndTheHashCode() {
    Measure signed = Measure.signedAmount(BALANCE, USD, 2);
    Measure unsigned = Measure.amount(BALANCE, USD, 2);
    assertThat(signed)
        .isEqualTo(Measure.parse("balance[USD,signed]"))
        .hasSameHashCodeAs(Measure.parse("balance[USD:2,signed]"))
        .isNotEqualTo(unsigned)
        .isNotEqualTo(Measure.signedAmount(BALANCE, USD, 3))
        .isNotEqualTo(Measure.signedCount(BALANCE));
    assertThat(signed.hashCode()).isNotEqualTo(unsigned.hashCode());
    assertThat(Measure.signedCount(NET_FOLLOWS))
        .isNotEqualTo(Measure.count(NET_FOLLOWS))
        .isEqualTo(Measure.parse("net_follows[signed]"));
    assertThat(Measure.signedCount(NET_FOLLOWS).hashCode())
        .isNotEqualTo(Measure.count(NET_FOLLOWS).hashCode());
    // Schemas that differ only in a measure's signedness differ.
    assertThat(TableSchema.builder().measure(Measure.signedCount(NET_FOLLOWS)).build())
        .isNotEqualTo(TableSchema.builder().measure(Measure.count(NET_FOLLOWS)).build());
    assertThat(TableSchema.builder().measure(Measure.signedCount(NET_FOLLOWS)).build())
        .hasToString("[ | net_follows[signed]]");
  }

  @Test
  void parseOfTheTextIsTheMeasureForRandomIdsCurrenciesScalesAndSigns() {
    List<Currency> currencies = List.copyOf(Currency.getAvailableCurrencies());
    String first = "abcdefghijklmnopqrstuvwxyz";
    String rest = first + "0123456789_.-";
    Property.named("Measure.parse(m.toString()) equals m, for every kind of measure")
        .forAll(
            random -> {
              StringBuilder id = new StringBuilder();
              id.append(first.charAt(random.nextInt(first.length())));
              for (int i = random.nextInt(64); i > 0; i--) {
                id.append(rest.charAt(random.nextInt(rest.length())));
              }
              MetricId metric = MetricId.of(id.toString());
              boolean signed = random.nextBoolean();
              return switch (random.nextInt(3)) {
                case 0 -> signed ? Measure.signedCount(metric) : Measure.count(metric);
                case 1 -> {
                  Currency c = currencies.get(random.nextInt(currencies.size()));
                  yield signed ? Measure.signedAmount(metric, c) : Measure.amount(metric, c);
                }
                default -> {
                  Currency c = currencies.get(random.nextInt(currencies.size()));
                  int scale = random.nextInt(Measure.MAX_SCALE + 1);
                  yield signed
                      ? Measure.signedAmount(metric, c, scale)
                      : Measure.amount(metric, c, scale);
                }
              };
            },
            m -> {
              Measure read = Measure.parse(m.toString());
              assertThat(read).isEqualTo(m).hasSameHashCodeAs(m);
              assertThat(read.isSigned()).isEqualTo(m.isSigned());
              assertThat(read.scale()).isEqualTo(m.scale());
              assertThat(read.currency()).isEqualTo(m.currency());
              assertThat(m.toString().endsWith("signed]")).isEqualTo(m.isSigned());
            });
  }

  @Test
  void toStoredTakesNegativesOnlyForASignedMeasure() {
    Measure follows = Measure.signedCount(NET_FOLLOWS);
    assertThat(follows.toStored(new BigDecimal("-42"))).isEqualTo(-42);
    assertThat(follows.toStored(new BigDecimal("-0"))).isZero();
    assertThat(follows.toStored(new BigDecimal("17"))).isEqualTo(17);
    Measure balance = Measure.signedAmount(BALANCE, USD);
    assertThat(balance.toStored(new BigDecimal("-12.5"))).isEqualTo(-1250);
    assertThat(balance.toDecimal(-1250)).isEqualByComparingTo("-12.50");
    assertThat(balance.toDecimal(balance.toStored(new BigDecimal("-0.01"))))
        .isEqualByComparingTo("-0.01");

    assertThatThrownBy(() -> Measure.count(NET_FOLLOWS).toStored(new BigDecimal("-42")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "net_follows must be zero or more, but was -42; a signed measure"
                + " ('net_follows[signed]') allows negative values");
    assertThatThrownBy(() -> Measure.amount(BALANCE, USD).toStored(new BigDecimal("-12.50")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "balance must be zero or more, but was -12.50; a signed measure"
                + " ('balance[USD:2,signed]') allows negative values");
  }

  @Test
  void toStoredOfASignedMeasureStillChecksDecimalsAndTheRangeOfALong() {
    Measure follows = Measure.signedCount(NET_FOLLOWS);
    assertThatThrownBy(() -> follows.toStored(new BigDecimal("-1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "net_follows must have at most 0 decimals, but was -1.5 (a count is a whole number)");
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    assertThat(follows.toStored(new BigDecimal(min))).isEqualTo(Long.MIN_VALUE);
    assertThat(follows.toStored(new BigDecimal(max))).isEqualTo(Long.MAX_VALUE);
    String below = min.subtract(BigInteger.ONE).toString();
    assertThatThrownBy(() -> follows.toStored(new BigDecimal(below)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("net_follows is too large: " + below + " does not fit in a signed 64-bit long");
    Measure balance = Measure.signedAmount(BALANCE, USD);
    // Long.MIN_VALUE cents is the smallest balance; one cent less does not fit.
    BigDecimal smallest = new BigDecimal(min, 2);
    assertThat(balance.toStored(smallest)).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> balance.toStored(smallest.subtract(new BigDecimal("0.01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("balance is too large: -92233720368547758.09");
    assertThatThrownBy(() -> balance.toStored(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
  }
}
