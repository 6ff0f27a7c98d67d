package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioKpiParseTest {

  private static final MetricId TOTAL = MetricId.of("total_interactions");

  @Test
  void readsAnIdANumeratorAndADenominator() {
    RatioKpi tir = RatioKpi.parse("tir = total_interactions / reach");

    assertThat(tir.id()).isEqualTo(MetricId.of("tir"));
    assertThat(tir.name()).isEqualTo("tir");
    assertThat(tir.numerator()).isEqualTo(LinearSum.of(TOTAL));
    assertThat(tir.denominator()).isEqualTo(LinearSum.of(CoreMetrics.REACH));
    assertThat(tir.factor()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(tir.unit()).isEqualTo(MetricUnit.RATIO);
    assertThat(tir.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(tir.description()).isEqualTo("tir = total_interactions / reach");
  }

  @Test
  void aSumInParenthesesWithAFactorIsAScoreNamedAfterItsMeasures() {
    RatioKpi kpi = RatioKpi.parse("(likes + comments + shares) / reach * 100");

    assertThat(kpi.id()).isEqualTo(MetricId.of("likes_comments_shares_per_reach"));
    assertThat(kpi.numerator())
        .isEqualTo(LinearSum.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES));
    assertThat(kpi.factor()).isEqualByComparingTo("100");
    assertThat(kpi.unit()).isEqualTo(MetricUnit.SCORE);
    // (30 + 12 + 8) * 100 / 1000 = 5 points
    assertThat(
            kpi.evaluate(
                KpiInputs.of(
                    Map.of(
                        CoreMetrics.LIKES, BigDecimal.valueOf(30),
                        CoreMetrics.COMMENTS, BigDecimal.valueOf(12),
                        CoreMetrics.SHARES, BigDecimal.valueOf(8),
                        CoreMetrics.REACH, BigDecimal.valueOf(1000)))))
        .hasValueSatisfying(r -> assertThat(r.hasSameValueAs(Ratio.of(5, 1))).isTrue());
  }

  @Test
  void coefficientsSignsAndRepeatsAddUp() {
    RatioKpi kpi = RatioKpi.parse("net=(- 2 * b + a + 3*b - a + c)/(2*d + e)");

    assertThat(kpi.numerator().terms())
        .containsExactly(Map.entry(MetricId.of("b"), 1L), Map.entry(MetricId.of("c"), 1L));
    assertThat(kpi.denominator().terms())
        .containsExactly(Map.entry(MetricId.of("d"), 2L), Map.entry(MetricId.of("e"), 1L));
    assertThat(RatioKpi.parse("k = 3*likes / reach").numerator().terms())
        .containsExactly(Map.entry(CoreMetrics.LIKES, 3L));
    assertThat(RatioKpi.parse("k = (+likes) / reach").numerator())
        .isEqualTo(LinearSum.of(CoreMetrics.LIKES));
  }

  @Test
  void unitsAndTheTimesSignOfToStringAreRead() {
    RatioKpi cpm = RatioKpi.parse("my_cpm = spend / impressions x 1000 [currency]");
    assertThat(cpm.unit()).isEqualTo(MetricUnit.CURRENCY);
    assertThat(cpm.factor()).isEqualByComparingTo("1000");
    assertThat(RatioKpi.parse(Kpis.CPM.toString()).factor()).isEqualByComparingTo("1000");
    assertThat(RatioKpi.parse(Kpis.ROI.toString()).numerator()).isEqualTo(Kpis.ROI.numerator());
    assertThat(RatioKpi.parse("a = likes / posts [ COUNT ]").unit()).isEqualTo(MetricUnit.COUNT);
    assertThat(RatioKpi.parse("a = likes / reach [ratio]").unit()).isEqualTo(MetricUnit.RATIO);
    assertThat(RatioKpi.parse("a = x / reach*0.5").factor()).isEqualByComparingTo("0.5");
    assertThat(RatioKpi.parse("a = likes / x").denominator()).isEqualTo(LinearSum.parse("x"));
    assertThat(RatioKpi.parse("a.b_1 = acme.codes / reach").id().value()).isEqualTo("a.b_1");
    assertThat(RatioKpi.parse("acme.x / acme.y").id().value()).isEqualTo("acme_x_per_acme_y");
  }

  @Test
  void aLongDerivedIdIsCutTo64Characters() {
    String measure = "m".repeat(40);
    RatioKpi kpi = RatioKpi.parse(measure + " / " + measure + "n");

    assertThat(kpi.id().value()).isEqualTo((measure + "_per_" + measure + "n").substring(0, 64));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "tir = likes / / reach|15|a measure such as likes or '('|'/'",
        "tir = likes reach|13|'/' and a denominator|'r'",
        "tir = likes /|14|a measure such as likes or '('|the end",
        "tir = Likes / reach|7|a measure such as likes or '('|'L' (ids are in lower case)",
        "tir = -likes / reach|7|'(' before a signed sum|'-'",
        "tir = +likes / reach|7|'(' before a signed sum|'+'",
        "tir = (likes + comments / reach|25|'+', '-' or ')' closing the '(' at character 7|'/'",
        "tir = (likes + ) / reach|16|a measure such as likes or '('|')'",
        "tir = 2 likes / reach|9|'*' between a coefficient and its measure|'l'",
        "tir = 2 * 3 / reach|11|a measure such as likes|'3'",
        "tir = 1.5*likes / reach|8|a whole coefficient (write the factor after the ratio: / reach * 100)|'.'",
        "tir = 0*likes / reach|7|a coefficient above 0|0",
        "tir = 1234567890*likes / reach|7|a coefficient of at most 2147483647|1234567890",
        "tir = (likes - likes) / reach|7|a sum with a non-zero term|terms that cancel out",
        "tir = likes / (reach - likes)|15|a denominator with positive coefficients only|'reach - likes'",
        "tir = likes / reach *|22|a factor such as 100 or 1000|the end",
        "tir = likes / reach * 0|23|a positive factor of at most 20 characters|0",
        "tir = likes / reach * 1.2.3|23|a factor such as 100 or 1000|'1.2.3'",
        "tir = likes / reach * 100000000000000000000|23|a positive factor of at most 20 characters|100000000000000000000",
        "tir = likes / reach [percent]|22|a unit: ratio, count, currency, duration or score|'percent'",
        "tir = likes / reach []|22|a unit: ratio, count, currency, duration or score|']'",
        "tir = likes / reach [count|27|']' closing the unit|the end",
        "tir = likes / reach * 100 [ratio]|23|no factor with [ratio] (a ratio is shown as a percentage already; drop the factor or write [score])|factor 100",
        "tir = likes / reach [count] x|29|the end|'x'",
        "tir = likes / reach reach|21|'*', a unit such as [ratio] or the end|'r'",
        "tir = likes / reach x|21|'*', a unit such as [ratio] or the end|'x'",
        "= likes / reach|1|a measure such as likes or '('|'='",
        "|1|a measure such as likes or '('|the end",
      })
  void aSyntaxErrorPointsAtTheCharacterAndSaysWhatWasExpected(
      String text, int character, String expected, String found) {
    String expression = text == null ? "" : text;
    assertThatThrownBy(() -> RatioKpi.parse(expression))
        .isInstanceOf(KpiSyntaxException.class)
        .hasMessageStartingWith(
            "KPI expression: at character "
                + character
                + ", expected "
                + expected
                + ", but found "
                + found
                + System.lineSeparator())
        .asInstanceOf(type(KpiSyntaxException.class))
        .satisfies(
            e -> {
              assertThat(e.index()).isEqualTo(character - 1);
              assertThat(e.expected()).isEqualTo(expected);
              assertThat(e.expression()).isEqualTo(expression);
              String[] lines = e.getMessage().split(System.lineSeparator());
              assertThat(lines).hasSize(3);
              assertThat(lines[1]).isEqualTo("  " + expression);
              assertThat(lines[2]).isEqualTo("  " + " ".repeat(character - 1) + "^");
            });
  }

  @Test
  void anIdLongerThan64CharactersIsRefusedWhereItStarts() {
    String id = "k".repeat(65);
    assertThatThrownBy(() -> RatioKpi.parse("  " + id + " = likes / reach"))
        .isInstanceOf(KpiSyntaxException.class)
        .hasMessageStartingWith(
            "KPI expression: at character 3, expected an id of at most 64 characters, but found '"
                + id
                + "'");
  }

  @Test
  void repeatedTermsBeyondTheCoefficientLimitAreRefused() {
    String big = "999999999*a";
    String text = "k = (" + big + " + " + big + " + " + big + ") / b";
    assertThatThrownBy(() -> RatioKpi.parse(text))
        .isInstanceOf(KpiSyntaxException.class)
        .hasMessageStartingWith(
            "KPI expression: at character 34, expected a coefficient of at most 2147483647, but"
                + " found 2999999997");
    assertThat(RatioKpi.parse("k = (" + big + " + " + big + ") / b").numerator().terms())
        .containsExactly(Map.entry(MetricId.of("a"), 1999999998L));
    assertThatThrownBy(() -> RatioKpi.parse("k = (-" + big + " - " + big + " - " + big + ") / b"))
        .hasMessageContaining("found 2999999997");
  }

  @Test
  void tabsAreShownAsSpacesAndLongTextIsShortened() {
    assertThatThrownBy(() -> RatioKpi.parse("k =\tlikes / /"))
        .hasMessageEndingWith(
            "  k = likes / /" + System.lineSeparator() + "  " + " ".repeat(12) + "^");
    String longText = "k = likes / reach " + "y".repeat(300);
    assertThatThrownBy(() -> RatioKpi.parse(longText))
        .isInstanceOf(KpiSyntaxException.class)
        .hasMessageContaining("  " + longText.substring(0, 200) + "..." + System.lineSeparator())
        .hasMessageEndingWith("  " + " ".repeat(18) + "^");
    String later = "k = likes / reach " + " ".repeat(250) + "!";
    assertThatThrownBy(() -> RatioKpi.parse(later))
        .hasMessageStartingWith("KPI expression: at character 269,")
        .hasMessageEndingWith("  " + " ".repeat(200) + "^");
  }

  @Test
  void theLengthIsLimitedAndNullRefused() {
    assertThat(RatioKpi.parse("k = a / " + "b".repeat(60) + " ".repeat(2000 - 68)).id().value())
        .isEqualTo("k");
    assertThatThrownBy(() -> RatioKpi.parse("k = a / b" + " ".repeat(1992)))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(KpiSyntaxException.class)
        .hasMessage("KPI expression must have at most 2000 characters, but has 2001");
    assertThatNullPointerException()
        .isThrownBy(() -> RatioKpi.parse(null))
        .withMessage("text must not be null");
    assertThatNullPointerException().isThrownBy(() -> new KpiSyntaxException(null, 0, "x", "y"));
    assertThatNullPointerException()
        .isThrownBy(() -> new KpiSyntaxException("t", 0, null, "y"))
        .withMessage("expected must not be null");
  }
}
