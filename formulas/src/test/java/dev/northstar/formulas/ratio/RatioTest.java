package dev.northstar.formulas.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.Serialization;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void keepsNumeratorAndDenominatorAndComputesTheQuotientOnDemand() {
    Ratio err = Ratio.of(150, 3_000);

    assertThat(err.numerator()).isEqualByComparingTo("150");
    assertThat(err.denominator()).isEqualByComparingTo("3000");
    assertThat(err.isDefined()).isTrue();
    assertThat(err.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.05"));
    assertThat(err.doubleValue()).hasValue(0.05);
    assertThat(err.toPercentString()).isEqualTo("5%");
  }

  @Test
  void zeroDenominatorIsUndefinedNeverZeroNanOrInfinity() {
    Ratio undefined = Ratio.of(7, 0);

    assertThat(undefined.isDefined()).isFalse();
    assertThat(undefined.value()).isEmpty();
    assertThat(undefined.value(MathContext.UNLIMITED)).isEmpty();
    assertThat(undefined.doubleValue()).isEmpty();
    assertThat(undefined.toPercentString()).isEqualTo("undefined");
    assertThat(undefined.toString()).isEqualTo("7/0");
    assertThat(Ratio.of(0, 0).isDefined()).isFalse();
  }

  @Test
  void percentFormattingRoundsHalfEvenAndDropsTrailingZeros() {
    assertThat(Ratio.of(250, 20_000).toPercentString()).isEqualTo("1.25%");
    assertThat(Ratio.of(1, 3).toPercentString()).isEqualTo("33.33%");
    assertThat(Ratio.of(2, 3).toPercentString()).isEqualTo("66.67%");
    assertThat(Ratio.of(1, 3).toPercentString(0)).isEqualTo("33%");
    assertThat(Ratio.of(1, 8).toPercentString(1)).isEqualTo("12.5%");
    // 0.125% rounds half-even to 0.12%, not 0.13%.
    assertThat(Ratio.of(1, 800).toPercentString()).isEqualTo("0.12%");
    assertThat(Ratio.of(3, 1).toPercentString()).isEqualTo("300%");
    assertThat(Ratio.of(-1, 4).toPercentString()).isEqualTo("-25%");
    assertThat(Ratio.of(-1, 100_000).toPercentString()).isEqualTo("0%");
    assertThat(Ratio.of(10, 1).toPercentString()).isEqualTo("1000%");
  }

  @Test
  void percentDecimalsOutsideZeroToTenAreRefused() {
    assertThatThrownBy(() -> Ratio.of(1, 2).toPercentString(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be 0 to 10, but was 11");
    assertThatThrownBy(() -> Ratio.of(1, 2).toPercentString(-1))
        .hasMessage("decimals must be 0 to 10, but was -1");
  }

  @Test
  void negativeDenominatorIsRefusedWithTheValue() {
    assertThatThrownBy(() -> Ratio.of(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator must be zero or more, but was -2");
  }

  @Test
  void operandsOfMoreThanSixtyDigitsAreRefused() {
    BigDecimal huge = BigDecimal.TEN.pow(60);
    assertThatThrownBy(() -> Ratio.of(huge, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator must have at most 60 digits");
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, new BigDecimal("1E-61")))
        .hasMessageContaining("denominator must have at most 60 digits");
  }

  @Test
  void equalityIsNumericPerOperandNotByQuotient() {
    assertThat(Ratio.of(new BigDecimal("1.0"), new BigDecimal("2")))
        .isEqualTo(Ratio.of(1, 2))
        .hasSameHashCodeAs(Ratio.of(1, 2));
    assertThat(Ratio.of(2, 4)).isNotEqualTo(Ratio.of(1, 2));
    assertThat(Ratio.of(2, 4).hasSameValueAs(Ratio.of(1, 2))).isTrue();
    assertThat(Ratio.of(2, 4).hasSameValueAs(Ratio.of(1, 3))).isFalse();
    assertThat(Ratio.of(1, 0).hasSameValueAs(Ratio.of(5, 0))).isTrue();
    assertThat(Ratio.of(1, 0).hasSameValueAs(Ratio.of(0, 1))).isFalse();
    assertThat(Ratio.of(new BigDecimal("100"), BigDecimal.ONE))
        .hasSameHashCodeAs(Ratio.of(new BigDecimal("1E+2"), BigDecimal.ONE));
  }

  @Test
  void mergeAddsNumeratorsAndDenominators() {
    Ratio merged = Ratio.of(150, 3_000).merge(Ratio.of(50, 1_000));

    assertThat(merged).isEqualTo(Ratio.of(200, 4_000));
    assertThat(Ratio.of(3, 0).merge(Ratio.of(1, 4))).isEqualTo(Ratio.of(4, 4));
  }

  @Test
  void multipliedByScalesTheNumeratorOnly() {
    Ratio cpm = Ratio.of(500, 20_000).multipliedBy(BigDecimal.valueOf(1000));

    assertThat(cpm).isEqualTo(Ratio.of(500_000, 20_000));
    assertThat(cpm.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(Ratio.of(5, 0).multipliedBy(BigDecimal.TEN).isDefined()).isFalse();
  }

  @Test
  void complementIsOneMinusOverTheSameDenominator() {
    assertThat(Ratio.of(600, 1_000).complement()).isEqualTo(Ratio.of(400, 1_000));
    assertThat(Ratio.of(0, 0).complement().isDefined()).isFalse();
  }

  @Test
  void valueRoundsToSixteenDigitsAndStripsZeros() {
    assertThat(Ratio.of(1, 3).value())
        .hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo("0.3333333333333333"));
    assertThat(Ratio.of(15_000, 5_000).value())
        .hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo("3"));
    assertThatThrownBy(() -> Ratio.of(1, 3).value(MathContext.UNLIMITED))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void toStringIsPlainAndParseReadsItBack() {
    assertThat(Ratio.of(150, 3_000).toString()).isEqualTo("150/3000");
    assertThat(Ratio.of(new BigDecimal("12.50"), BigDecimal.ZERO).toString()).isEqualTo("12.5/0");
    assertThat(Ratio.of(new BigDecimal("1E+3"), BigDecimal.ONE).toString()).isEqualTo("1000/1");
    assertThat(Ratio.parse(" 150 / 3000 ")).isEqualTo(Ratio.of(150, 3_000));
    assertThat(Ratio.parse("-2.5/4"))
        .isEqualTo(Ratio.of(new BigDecimal("-2.5"), BigDecimal.valueOf(4)));
    assertThat(Ratio.parse("+3/4")).isEqualTo(Ratio.of(3, 4));
  }

  @Test
  void parseNamesTheBadPartAndTheWholeText() {
    assertThatThrownBy(() -> Ratio.parse("150"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio must be 'numerator/denominator' such as '150/3000', but was '150'");
    assertThatThrownBy(() -> Ratio.parse("1/2/3")).hasMessageContaining("but was '1/2/3'");
    assertThatThrownBy(() -> Ratio.parse("1e3/2"))
        .hasMessage("ratio numerator must be a plain decimal number, but was '1e3' in '1e3/2'");
    assertThatThrownBy(() -> Ratio.parse("1/x"))
        .hasMessage("ratio denominator must be a plain decimal number, but was 'x' in '1/x'");
    assertThatThrownBy(() -> Ratio.parse("1/-2"))
        .hasMessage("denominator must be zero or more, but was -2");
    assertThatThrownBy(() -> Ratio.parse("/"))
        .hasMessageContaining("numerator must be a plain decimal number");
    assertThatThrownBy(() -> Ratio.parse("1".repeat(300) + "/1")).hasMessageContaining("...");
  }

  @Test
  void theLongestCanonicalTextParsesBack() {
    BigDecimal longest = new BigDecimal("-" + "9".repeat(60) + "." + "9".repeat(60));
    Ratio r = Ratio.of(longest, longest.abs());

    assertThat(Ratio.parse(r.toString())).isEqualTo(r);
  }

  @Test
  void serializationKeepsTheRatio() throws Exception {
    Ratio r = Ratio.of(new BigDecimal("12.5"), BigDecimal.valueOf(7));

    assertThat(Serialization.roundTrip(r)).isEqualTo(r);
  }
}
