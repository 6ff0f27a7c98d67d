package dev.northstar.formulas.ratio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.FormulaGens;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioPropertiesTest {

  private static final Gen<List<Ratio>> TRIPLES = Gens.listOf(FormulaGens.typicalRatios(), 3, 3);

  @Test
  void mergeIsCommutative() {
    Property.named("a.merge(b) equals b.merge(a)")
        .forAll(
            FormulaGens.typicalRatios(),
            FormulaGens.typicalRatios(),
            (a, b) -> assertThat(a.merge(b)).isEqualTo(b.merge(a)));
  }

  @Test
  void mergeIsAssociative() {
    Property.named("(a.merge(b)).merge(c) equals a.merge(b.merge(c))")
        .forAll(
            TRIPLES,
            t -> {
              Ratio a = t.get(0);
              Ratio b = t.get(1);
              Ratio c = t.get(2);
              assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
            });
  }

  @Test
  void mergedValueLiesBetweenThePartsValues() {
    Property.named("a defined merge of defined parts lies between their quotients")
        .forAll(
            FormulaGens.typicalRatios().filter(Ratio::isDefined),
            FormulaGens.typicalRatios().filter(Ratio::isDefined),
            (a, b) -> {
              // Compare exactly by cross-multiplying: n/d <= m/e  <=>  n*e <= m*d for d, e > 0.
              Ratio merged = a.merge(b);
              boolean aFirst = lessOrEqual(a, b);
              Ratio low = aFirst ? a : b;
              Ratio high = aFirst ? b : a;
              assertThat(lessOrEqual(low, merged)).as("%s <= %s", low, merged).isTrue();
              assertThat(lessOrEqual(merged, high)).as("%s <= %s", merged, high).isTrue();
            });
  }

  private static boolean lessOrEqual(Ratio x, Ratio y) {
    return x.numerator()
            .multiply(y.denominator())
            .compareTo(y.numerator().multiply(x.denominator()))
        <= 0;
  }

  @Test
  void mergingAnUndefinedPartKeepsTheOthersDenominator() {
    Property.named("merging n/0 adds n and keeps the denominator")
        .forAll(
            FormulaGens.typicalRatios(),
            FormulaGens.typicalRatios(),
            (a, b) -> {
              Ratio zero = Ratio.of(b.numerator(), BigDecimal.ZERO);
              Ratio merged = a.merge(zero);
              assertThat(merged.denominator()).isEqualByComparingTo(a.denominator());
              assertThat(merged.isDefined()).isEqualTo(a.isDefined());
            });
  }

  @Test
  void parseInvertsToStringOverTheWholeDomain() {
    Property.named("Ratio.parse(r.toString()) equals r, edges of 60 digits included")
        .forAll(
            FormulaGens.ratios(),
            r -> {
              Ratio parsed = Ratio.parse(r.toString());
              assertThat(parsed).isEqualTo(r).hasSameHashCodeAs(r);
              assertThat(parsed.toString()).isEqualTo(r.toString());
            });
  }

  @Test
  void percentTextIsUndefinedExactlyWhenTheRatioIs() {
    Property.named("toPercentString is 'undefined' iff the denominator is zero, else ends in %")
        .forAll(
            FormulaGens.typicalRatios(),
            r -> {
              String text = r.toPercentString();
              if (r.isDefined()) {
                assertThat(text).endsWith("%").doesNotContain("E").doesNotContain("NaN");
              } else {
                assertThat(text).isEqualTo(Ratio.UNDEFINED_TEXT);
              }
            });
  }

  @Test
  void moneyRatioParseInvertsToString() {
    Property.named("MoneyRatio.parse(m.toString()) equals m")
        .forAll(
            FormulaGens.typicalMoneyRatios(),
            m -> assertThat(MoneyRatio.parse(m.toString())).isEqualTo(m));
  }

  @Test
  void moneyRatioMergeIsCommutativeAndAssociative() {
    Property.named("MoneyRatio merge is commutative and associative within a currency")
        .forAll(
            TRIPLES,
            t -> {
              MoneyRatio a = MoneyRatio.of(t.get(0), java.util.Currency.getInstance("USD"));
              MoneyRatio b = MoneyRatio.of(t.get(1), java.util.Currency.getInstance("USD"));
              MoneyRatio c = MoneyRatio.of(t.get(2), java.util.Currency.getInstance("USD"));
              assertThat(a.merge(b)).isEqualTo(b.merge(a));
              assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
            });
  }
}
