package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public test vectors of FORMULAS.md for the scalar formulas, and their undefined cases. */
class ScalarFormulasTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static String money(MoneyRatio r) {
    return r.value().orElseThrow().toString();
  }

  @Test
  void dailyEngagementRateIsTwoPercent() {
    Ratio daily = EngagementFormulas.dailyEngagementRate(1_400, 7, 10_000);

    assertThat(daily).isEqualTo(Ratio.of(1_400, 70_000));
    assertThat(daily.toPercentString()).isEqualTo("2%");
  }

  @Test
  void dailyEngagementRateIsUndefinedWithoutDaysOrFollowers() {
    assertThat(EngagementFormulas.dailyEngagementRate(1_400, 0, 10_000).isDefined()).isFalse();
    assertThat(EngagementFormulas.dailyEngagementRate(1_400, 7, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> EngagementFormulas.dailyEngagementRate(1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be zero or more, but was -1");
  }

  @Test
  void dailyEngagementRateDoesNotOverflow() {
    Ratio r = EngagementFormulas.dailyEngagementRate(1, Integer.MAX_VALUE, Long.MAX_VALUE);

    assertThat(r.denominator())
        .isEqualByComparingTo(
            BigDecimal.valueOf(Integer.MAX_VALUE).multiply(BigDecimal.valueOf(Long.MAX_VALUE)));
  }

  @Test
  void audienceGrowthReportsNetChangeEvenWhenTheRateIsUndefined() {
    Growth growth = AudienceFormulas.growth(10_000, 10_500);
    assertThat(growth.netChange()).isEqualTo(500);
    assertThat(growth.rate().toPercentString()).isEqualTo("5%");

    Growth fromZero = AudienceFormulas.growth(0, 250);
    assertThat(fromZero.netChange()).isEqualTo(250);
    assertThat(fromZero.rate().isDefined()).isFalse();

    Growth decline = AudienceFormulas.growth(2_000, 1_500);
    assertThat(decline.netChange()).isEqualTo(-500);
    assertThat(decline.rate().toPercentString()).isEqualTo("-25%");
    assertThatThrownBy(() -> AudienceFormulas.growth(-1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must be zero or more, but was -1");
  }

  @Test
  void netFollowerChangeAndPotentialReach() {
    assertThat(AudienceFormulas.netFollowerChange(120, 45)).isEqualTo(75);
    assertThat(AudienceFormulas.netFollowerChange(10, 45)).isEqualTo(-35);
    assertThat(AudienceFormulas.potentialReach(List.of(12_000L, 800L, 45_000L))).isEqualTo(57_800);
    assertThat(AudienceFormulas.potentialReach(List.of())).isZero();
    assertThatThrownBy(() -> AudienceFormulas.potentialReach(List.of(5L, -3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followerCounts[1] must be zero or more, but was -3");
    assertThatThrownBy(() -> AudienceFormulas.potentialReach(Arrays.asList(5L, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("followerCounts[1] must not be null");
    assertThatThrownBy(() -> AudienceFormulas.potentialReach(List.of(Long.MAX_VALUE, 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("potential reach must be at most");
  }

  @Test
  void shareOfVoiceIsTwentyFivePercent() {
    Ratio sov = VoiceFormulas.shareOfVoice(50, 100, 10, 40);

    assertThat(sov).isEqualTo(Ratio.of(50, 200));
    assertThat(sov.toPercentString()).isEqualTo("25%");
    assertThat(VoiceFormulas.shareOfVoice(0).isDefined()).isFalse();
    assertThat(VoiceFormulas.shareOfVoice(0, 0, 0).isDefined()).isFalse();
    assertThat(VoiceFormulas.shareOfVoice(7).toPercentString()).isEqualTo("100%");
    assertThatThrownBy(() -> VoiceFormulas.shareOfVoice(1, 2, -3))
        .hasMessage("competitorMentions[1] must be zero or more, but was -3");
  }

  @Test
  void sentimentByHand() {
    // 30 positive, 10 negative, 60 neutral.
    assertThat(VoiceFormulas.positiveSentimentShare(30, 10, 60).toPercentString()).isEqualTo("30%");
    assertThat(VoiceFormulas.netSentiment(30, 10, 60).toPercentString()).isEqualTo("20%");
    assertThat(VoiceFormulas.netSentiment(10, 30, 60).toPercentString()).isEqualTo("-20%");
    assertThat(VoiceFormulas.netSentimentExcludingNeutral(30, 10).toPercentString())
        .isEqualTo("50%");
    assertThat(VoiceFormulas.positiveSentimentShare(0, 0, 0).isDefined()).isFalse();
    assertThat(VoiceFormulas.netSentiment(0, 0, 0).isDefined()).isFalse();
    assertThat(VoiceFormulas.netSentimentExcludingNeutral(0, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> VoiceFormulas.netSentiment(1, -1, 0))
        .hasMessage("negative must be zero or more, but was -1");
  }

  @Test
  void mentionGrowthByHand() {
    Growth g = VoiceFormulas.mentionGrowth(80, 100);
    assertThat(g.rate().toPercentString()).isEqualTo("25%");
    assertThat(VoiceFormulas.mentionGrowth(0, 100).rate().isDefined()).isFalse();
    assertThat(VoiceFormulas.mentionGrowth(0, 100).netChange()).isEqualTo(100);
  }

  @Test
  void adsCostsVector() {
    Money spend = usd("500");

    assertThat(money(CostFormulas.costPerClick(spend, 250))).isEqualTo("2.00 USD");
    assertThat(money(CostFormulas.costPerMille(spend, 20_000))).isEqualTo("25.00 USD");
    assertThat(money(CostFormulas.costPerEngagement(spend, 2_500))).isEqualTo("0.20 USD");
    assertThat(money(CostFormulas.costPerAcquisition(usd("1200"), 48))).isEqualTo("25.00 USD");
  }

  @Test
  void costsAreUndefinedWithoutUnits() {
    Money spend = usd("500");

    assertThat(CostFormulas.costPerClick(spend, 0).value()).isEmpty();
    assertThat(CostFormulas.costPerMille(spend, 0).isDefined()).isFalse();
    assertThat(CostFormulas.costPerEngagement(spend, 0).isDefined()).isFalse();
    assertThat(CostFormulas.costPerAcquisition(spend, 0).isDefined()).isFalse();
    assertThat(CostFormulas.customerAcquisitionCost(spend, 0).isDefined()).isFalse();
    assertThatThrownBy(() -> CostFormulas.costPerClick(spend, -1))
        .hasMessage("clicks must be zero or more, but was -1");
  }

  @Test
  void cacIsEightyDollars() {
    assertThat(money(CostFormulas.customerAcquisitionCost(usd("120000"), 1_500)))
        .isEqualTo("80.00 USD");
    assertThat(money(CostFormulas.customerAcquisitionCost(usd("20000"), usd("100000"), 1_500)))
        .isEqualTo("80.00 USD");
    assertThatThrownBy(
            () ->
                CostFormulas.customerAcquisitionCost(
                    usd("20000"), Money.of("100000", "EUR"), 1_500))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("USD and EUR");
  }

  @Test
  void roiIsTwoHundredPercentAndRoasThree() {
    Ratio roi = ReturnFormulas.returnOnInvestment(usd("15000"), usd("5000"));
    Ratio roas = ReturnFormulas.returnOnAdSpend(usd("15000"), usd("5000"));

    assertThat(roi.toPercentString()).isEqualTo("200%");
    assertThat(roas.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.0"));
    assertThat(ReturnFormulas.returnOnInvestment(usd("3000"), usd("5000")).toPercentString())
        .isEqualTo("-40%");
  }

  @Test
  void returnsAreUndefinedOnZeroCostAndRefuseMixedCurrencies() {
    assertThat(ReturnFormulas.returnOnInvestment(usd("15000"), usd("0")).isDefined()).isFalse();
    assertThat(ReturnFormulas.returnOnAdSpend(usd("15000"), usd("0.00")).isDefined()).isFalse();
    assertThatThrownBy(() -> ReturnFormulas.returnOnInvestment(usd("1"), Money.of("1", "EUR")))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> ReturnFormulas.returnOnAdSpend(usd("1"), Money.of("1", "JPY")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("USD and JPY");
    assertThatThrownBy(() -> ReturnFormulas.returnOnInvestment(usd("1"), usd("-5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost must be zero or more, but was -5 USD");
  }

  @Test
  void lifetimeValueVector() {
    Money aov = usd("75");
    BigDecimal perYear = BigDecimal.valueOf(4);
    BigDecimal years = BigDecimal.valueOf(3);

    assertThat(ReturnFormulas.customerLifetimeValue(aov, perYear, years)).isEqualTo(usd("900"));
    assertThat(ReturnFormulas.profitLifetimeValue(aov, perYear, years, new BigDecimal("0.40")))
        .isEqualTo(usd("360"));
  }

  @Test
  void lifetimeValueRefusesBadArguments() {
    Money aov = usd("75");
    assertThatThrownBy(
            () ->
                ReturnFormulas.profitLifetimeValue(
                    aov, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("40")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin must be a fraction from 0 to 1 (0.40 for 40%), but was 40");
    assertThatThrownBy(
            () -> ReturnFormulas.customerLifetimeValue(aov, new BigDecimal("-1"), BigDecimal.ONE))
        .hasMessage("purchasesPerPeriod must be zero or more, but was -1");
    assertThatThrownBy(
            () -> ReturnFormulas.customerLifetimeValue(usd("-1"), BigDecimal.ONE, BigDecimal.ONE))
        .hasMessage("averageOrderValue must be zero or more, but was -1 USD");
  }
}
