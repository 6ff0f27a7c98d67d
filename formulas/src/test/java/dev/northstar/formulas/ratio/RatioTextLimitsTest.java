package dev.northstar.formulas.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ratio and MoneyRatio at the limits of their texts and decimals, and their hash spread. */
class RatioTextLimitsTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static Ratio ratio(String n, String d) {
    return Ratio.of(new BigDecimal(n), new BigDecimal(d));
  }

  @Test
  void aBadRatioTextIsQuotedWholeUpTo60CharactersAndCutAfter() {
    String sixty = "x".repeat(60);
    assertThatThrownBy(() -> Ratio.parse(sixty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ratio must be 'numerator/denominator' such as '150/3000', but was '" + sixty + "'");
    String sixtyOne = "y".repeat(61);
    assertThatThrownBy(() -> Ratio.parse(sixtyOne))
        .hasMessageEndingWith("but was '" + "y".repeat(57) + "...'");
  }

  @Test
  void aRatioTextStartingWithTheSlashLacksItsNumerator() {
    assertThatThrownBy(() -> Ratio.parse("/5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio numerator must be a plain decimal number, but was '' in '/5'");
    assertThatThrownBy(() -> Ratio.parse("5/"))
        .hasMessage("ratio denominator must be a plain decimal number, but was '' in '5/'");
  }

  /** The longest accepted text: two operands of 60 digits with signs and decimal points. */
  @Test
  void aRatioTextMayHaveUpTo260Characters() {
    String operand = "1".repeat(30) + "." + "2".repeat(30);
    String core = operand + "/" + operand;
    int maxLength = 2 * (2 * 60 + 2) + 16;
    String padded = core.replace("/", " ".repeat(maxLength - core.length()) + "/");
    assertThat(padded).hasSize(maxLength);
    assertThat(Ratio.parse(padded)).isEqualTo(Ratio.parse(core));
    String tooLong = padded.replace("/", " /");
    assertThatThrownBy(() -> Ratio.parse(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ratio must be 'numerator/denominator'");
  }

  @Test
  void percentDecimalsAreZeroToTen() {
    Ratio third = Ratio.of(1, 3);
    assertThat(third.toPercentString(10)).isEqualTo("33.3333333333%");
    assertThat(third.toPercentString(0)).isEqualTo("33%");
    assertThatThrownBy(() -> third.toPercentString(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be 0 to 10, but was 11");
    assertThatThrownBy(() -> third.toPercentString(-1))
        .hasMessage("decimals must be 0 to 10, but was -1");
  }

  /** Ratios whose operands differ only slightly, or in opposite directions, hash apart. */
  @Test
  void ratiosHashApart() {
    List<Ratio> ratios =
        List.of(
            ratio("1", "1"),
            ratio("0.1", "1"),
            ratio("0.1", "2"),
            ratio("1", "0.1"),
            ratio("2", "1"));
    Set<Integer> hashes = new HashSet<>();
    ratios.forEach(r -> hashes.add(r.hashCode()));
    assertThat(hashes).hasSize(ratios.size());
    assertThat(ratio("1.50", "3")).hasSameHashCodeAs(ratio("1.5", "3.000"));
  }

  @Test
  void moneyRatiosAreDefinedWithUnitsAndHashApart() {
    assertThat(MoneyRatio.parse("500/250 USD").isDefined()).isTrue();
    assertThat(MoneyRatio.parse("500/0 USD").isDefined()).isFalse();
    MoneyRatio a = MoneyRatio.of(ratio("1", "1"), USD);
    MoneyRatio b = MoneyRatio.of(ratio("1", "0.1"), USD);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(a.hashCode()).isNotEqualTo(0);
    assertThat(a).hasSameHashCodeAs(MoneyRatio.parse("1.0/1 USD"));
  }

  @Test
  void badMoneyRatioTextsAreQuotedWholeUpToTheirLimits() {
    String sixty = "z".repeat(60);
    assertThatThrownBy(() -> MoneyRatio.parse(sixty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "money ratio must be 'numerator/denominator CUR' such as '500/250 USD', but was '"
                + sixty
                + "'");
    assertThatThrownBy(() -> MoneyRatio.parse("w".repeat(61)))
        .hasMessageEndingWith("but was '" + "w".repeat(57) + "...'");
    String twenty = "Q".repeat(20);
    assertThatThrownBy(() -> MoneyRatio.parse("1/2 " + twenty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "money ratio currency must be an ISO 4217 code such as USD, but was '" + twenty + "'");
    assertThatThrownBy(() -> MoneyRatio.parse("1/2 " + "R".repeat(21)))
        .hasMessageEndingWith("but was '" + "R".repeat(17) + "...'");
  }

  @Test
  void valueDecimalsAreZeroToTwenty() {
    MoneyRatio third = MoneyRatio.parse("1/3 USD");
    assertThat(third.value(20).orElseThrow().amount())
        .isEqualByComparingTo(new BigDecimal("0." + "3".repeat(20)));
    assertThat(third.value(0).orElseThrow().amount()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> third.value(21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be 0 to 20, but was 21");
    assertThatThrownBy(() -> third.value(-1)).hasMessage("decimals must be 0 to 20, but was -1");
  }
}
