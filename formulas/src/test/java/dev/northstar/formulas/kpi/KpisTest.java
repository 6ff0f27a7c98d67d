package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public test vectors of FORMULAS.md for the ratio KPIs, and the catalogue's invariants. */
class KpisTest {

  private static String percent(RatioKpi kpi, KpiInputs inputs) {
    return kpi.evaluate(inputs).orElseThrow().toPercentString();
  }

  private static BigDecimal value(RatioKpi kpi, KpiInputs inputs) {
    return kpi.evaluate(inputs).orElseThrow().value().orElseThrow();
  }

  @Test
  void engagementRateByReachIsFivePercent() {
    KpiInputs post = KpiInputs.of(CoreMetrics.ENGAGEMENTS, 150, CoreMetrics.REACH, 3_000);

    assertThat(Kpis.ERR.evaluate(post)).contains(Ratio.of(150, 3_000));
    assertThat(percent(Kpis.ERR, post)).isEqualTo("5%");
  }

  @Test
  void engagementRateByFollowersAtPostingIsThreePointFivePercent() {
    KpiInputs post = KpiInputs.of(CoreMetrics.ENGAGEMENTS, 420, CoreMetrics.FOLLOWERS, 12_000);

    assertThat(percent(Kpis.ER_POST, post)).isEqualTo("3.5%");
  }

  @Test
  void impressionsReachAndFrequencyVector() {
    KpiInputs post =
        KpiInputs.of(CoreMetrics.ENGAGEMENTS, 90, CoreMetrics.IMPRESSIONS, 4_500)
            .with(CoreMetrics.REACH, 3_000);

    assertThat(percent(Kpis.ER_IMPRESSIONS, post)).isEqualTo("2%");
    assertThat(percent(Kpis.ERR, post)).isEqualTo("3%");
    assertThat(value(Kpis.FREQUENCY, post)).isEqualByComparingTo("1.5");
  }

  @Test
  void viewsAndCompletionVector() {
    KpiInputs video =
        KpiInputs.of(CoreMetrics.ENGAGEMENTS, 240, CoreMetrics.VIDEO_VIEWS, 8_000)
            .with(Measures.VIDEO_COMPLETIONS, 1_200)
            .with(Measures.VIDEO_STARTS, 8_000);

    assertThat(percent(Kpis.ER_VIEWS, video)).isEqualTo("3%");
    assertThat(percent(Kpis.VIDEO_COMPLETION_RATE, video)).isEqualTo("15%");
  }

  @Test
  void viralityIsTwoPercent() {
    assertThat(
            percent(
                Kpis.VIRALITY_RATE,
                KpiInputs.of(CoreMetrics.SHARES, 240, CoreMetrics.IMPRESSIONS, 12_000)))
        .isEqualTo("2%");
  }

  @Test
  void shareOfVoiceIsTwentyFivePercent() {
    // Competitors 100 + 10 + 40 summed into one measure.
    KpiInputs voice = KpiInputs.of(CoreMetrics.MENTIONS, 50, Measures.COMPETITOR_MENTIONS, 150);

    assertThat(Kpis.SHARE_OF_VOICE.evaluate(voice)).contains(Ratio.of(50, 200));
    assertThat(percent(Kpis.SHARE_OF_VOICE, voice)).isEqualTo("25%");
  }

  @Test
  void adsVector() {
    KpiInputs ads =
        KpiInputs.of(CoreMetrics.SPEND, 500, CoreMetrics.IMPRESSIONS, 20_000)
            .with(CoreMetrics.CLICKS, 250)
            .with(CoreMetrics.ENGAGEMENTS, 2_500);

    assertThat(percent(Kpis.CTR, ads)).isEqualTo("1.25%");
    assertThat(value(Kpis.CPC, ads)).isEqualByComparingTo("2.00");
    assertThat(value(Kpis.CPM, ads)).isEqualByComparingTo("25.00");
    assertThat(value(Kpis.CPE, ads)).isEqualByComparingTo("0.20");
  }

  @Test
  void conversionVector() {
    KpiInputs campaign =
        KpiInputs.of(CoreMetrics.CONVERSIONS, 48, CoreMetrics.CLICKS, 1_200)
            .with(CoreMetrics.SPEND, 1_200);
    KpiInputs site = KpiInputs.of(Measures.SOCIAL_CONVERSIONS, 300, CoreMetrics.CONVERSIONS, 2_000);

    assertThat(percent(Kpis.CONVERSION_RATE_BY_CLICKS, campaign)).isEqualTo("4%");
    assertThat(value(Kpis.CPA, campaign)).isEqualByComparingTo("25.00");
    assertThat(percent(Kpis.SOCIAL_CONVERSION_SHARE, site)).isEqualTo("15%");
  }

  @Test
  void roiAndRoasVector() {
    KpiInputs money = KpiInputs.of(CoreMetrics.REVENUE, 15_000, CoreMetrics.SPEND, 5_000);

    assertThat(Kpis.ROI.evaluate(money)).contains(Ratio.of(10_000, 5_000));
    assertThat(percent(Kpis.ROI, money)).isEqualTo("200%");
    assertThat(value(Kpis.ROAS, money)).isEqualByComparingTo("3.0");
    assertThat(
            percent(Kpis.ROI, KpiInputs.of(CoreMetrics.REVENUE, 4_000, CoreMetrics.SPEND, 5_000)))
        .isEqualTo("-20%");
  }

  @Test
  void cacVector() {
    KpiInputs acquisition =
        KpiInputs.of(Measures.SALES_COST, 20_000, Measures.MARKETING_COST, 100_000)
            .with(Measures.NEW_CUSTOMERS, 1_500);

    assertThat(value(Kpis.CAC, acquisition)).isEqualByComparingTo("80");
  }

  @Test
  void webTrafficRatesByHand() {
    KpiInputs web =
        KpiInputs.of(Measures.SESSIONS, 2_000, Measures.ENGAGED_SESSIONS, 1_300)
            .with(Measures.SINGLE_PAGE_SESSIONS, 900)
            .with(CoreMetrics.CONVERSIONS, 50);

    assertThat(percent(Kpis.GA4_ENGAGEMENT_RATE, web)).isEqualTo("65%");
    assertThat(percent(Kpis.GA4_BOUNCE_RATE, web)).isEqualTo("35%");
    assertThat(percent(Kpis.BOUNCE_RATE, web)).isEqualTo("45%");
    assertThat(percent(Kpis.CONVERSION_RATE_BY_SESSIONS, web)).isEqualTo("2.5%");
    assertThat(
            percent(
                Kpis.LEAD_CONVERSION_RATE,
                KpiInputs.of(Measures.CONVERTED_LEADS, 12, CoreMetrics.LEADS, 80)))
        .isEqualTo("15%");
    assertThat(
            percent(
                Kpis.LINK_CTR,
                KpiInputs.of(CoreMetrics.LINK_CLICKS, 30, CoreMetrics.IMPRESSIONS, 4_000)))
        .isEqualTo("0.75%");
  }

  @Test
  void kaushikRatesByHand() {
    KpiInputs month =
        KpiInputs.of(CoreMetrics.SHARES, 40, CoreMetrics.LIKES, 900)
            .with(CoreMetrics.COMMENTS, 60)
            .with(CoreMetrics.FOLLOWERS, 20_000)
            .with(CoreMetrics.POSTS, 20)
            .with(CoreMetrics.ENGAGEMENTS, 1_000);

    assertThat(percent(Kpis.AMPLIFICATION_RATE, month)).isEqualTo("0.2%");
    assertThat(percent(Kpis.APPLAUSE_RATE, month)).isEqualTo("4.5%");
    assertThat(percent(Kpis.CONVERSATION_RATE, month)).isEqualTo("0.3%");
    assertThat(value(Kpis.SHARES_PER_POST, month)).isEqualByComparingTo("2");
    assertThat(value(Kpis.LIKES_PER_POST, month)).isEqualByComparingTo("45");
    assertThat(value(Kpis.COMMENTS_PER_POST, month)).isEqualByComparingTo("3");
    assertThat(value(Kpis.AVG_ENGAGEMENT_PER_POST, month)).isEqualByComparingTo("50");
  }

  @Test
  void sentimentAndServiceRatesByHand() {
    KpiInputs mentions =
        KpiInputs.of(Measures.POSITIVE_MENTIONS, 60, Measures.NEGATIVE_MENTIONS, 15)
            .with(Measures.NEUTRAL_MENTIONS, 25);

    assertThat(percent(Kpis.POSITIVE_SENTIMENT_SHARE, mentions)).isEqualTo("60%");
    assertThat(percent(Kpis.NET_SENTIMENT, mentions)).isEqualTo("45%");
    assertThat(percent(Kpis.NET_SENTIMENT_EXCLUDING_NEUTRAL, mentions)).isEqualTo("60%");
    assertThat(
            percent(
                Kpis.RESPONSE_RATE,
                KpiInputs.of(Measures.MESSAGES_ANSWERED, 45, Measures.MESSAGES_RECEIVED, 60)))
        .isEqualTo("75%");
    assertThat(
            percent(
                Kpis.CSAT,
                KpiInputs.of(Measures.SATISFIED_RESPONSES, 7, Measures.SURVEY_RESPONSES, 8)))
        .isEqualTo("87.5%");
  }

  @Test
  void npsIsAScoreInPoints() {
    // 5 promoters, 3 detractors of 10 answers: (5 - 3) / 10 x 100 = 20 points.
    KpiInputs survey =
        KpiInputs.of(Measures.NPS_PROMOTERS, 5, Measures.NPS_DETRACTORS, 3)
            .with(Measures.NPS_RESPONSES, 10);

    assertThat(value(Kpis.NPS, survey)).isEqualByComparingTo("20");
    assertThat(Kpis.NPS.unit()).isEqualTo(MetricUnit.SCORE);
  }

  @Test
  void everyKpiIsUndefinedOnAZeroDenominator() {
    for (RatioKpi kpi : Kpis.all()) {
      KpiInputs inputs = KpiInputs.empty();
      for (MetricId m : kpi.numerator().terms().keySet()) {
        inputs = inputs.with(m, 7);
      }
      for (MetricId m : kpi.denominator().terms().keySet()) {
        inputs = inputs.with(m, 0);
      }
      Ratio result = kpi.evaluate(inputs).orElseThrow();
      assertThat(result.isDefined()).as(kpi.id().value()).isFalse();
      assertThat(result.value()).as(kpi.id().value()).isEmpty();
      assertThat(result.toPercentString()).as(kpi.id().value()).isEqualTo("undefined");
    }
  }

  @Test
  void aMissingMeasureGivesNoResultRatherThanZero() {
    assertThat(Kpis.ERR.evaluate(KpiInputs.of(CoreMetrics.REACH, 3_000))).isEmpty();
    assertThat(Kpis.ERR.evaluate(KpiInputs.of(CoreMetrics.ENGAGEMENTS, 150))).isEmpty();
    assertThat(Kpis.ERR.evaluate(KpiInputs.of(CoreMetrics.ENGAGEMENTS, 0, CoreMetrics.REACH, 5)))
        .contains(Ratio.of(0, 5));
  }

  @Test
  void idsAreUniqueSnakeCaseAndDistinctFromCoreMetrics() {
    Set<MetricId> core =
        CoreMetrics.definitions().stream().map(MetricDefinition::id).collect(Collectors.toSet());

    assertThat(Kpis.all()).extracting(RatioKpi::id).doesNotHaveDuplicates();
    assertThat(Kpis.all()).hasSize(37);
    for (RatioKpi kpi : Kpis.all()) {
      assertThat(kpi.id().value()).matches("[a-z][a-z0-9_]*");
      assertThat(core).as(kpi.id().value()).doesNotContain(kpi.id());
      assertThat(kpi.description()).as(kpi.id().value()).contains("Source:").contains("Undefined");
      assertThat(kpi.name()).isNotEqualTo(kpi.id().value());
    }
  }

  @Test
  void costKpisAreCurrencyAndLowerIsBetter() {
    for (RatioKpi cost : Set.of(Kpis.CPC, Kpis.CPM, Kpis.CPA, Kpis.CPE, Kpis.CAC)) {
      assertThat(cost.unit()).as(cost.id().value()).isEqualTo(MetricUnit.CURRENCY);
      assertThat(cost.polarity()).as(cost.id().value()).isEqualTo(Polarity.LOWER_IS_BETTER);
    }
    assertThat(Kpis.GA4_BOUNCE_RATE.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Kpis.BOUNCE_RATE.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Kpis.CPM.factor()).isEqualByComparingTo("1000");
    assertThat(Kpis.AVG_ENGAGEMENT_PER_POST.unit()).isEqualTo(MetricUnit.COUNT);
    assertThat(Kpis.ERR.unit()).isEqualTo(MetricUnit.RATIO);
    assertThat(Kpis.ERR.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void formulasReadAsDocumented() {
    assertThat(Kpis.ERR).hasToString("err = engagements / reach");
    assertThat(Kpis.CPM).hasToString("cpm = spend / impressions x 1000");
    assertThat(Kpis.GA4_BOUNCE_RATE)
        .hasToString("ga4_bounce_rate = (sessions - engaged_sessions) / sessions");
    assertThat(Kpis.ROI).hasToString("roi = (revenue - spend) / spend");
    assertThat(Kpis.SHARE_OF_VOICE)
        .hasToString("share_of_voice = mentions / (mentions + competitor_mentions)");
    assertThat(Kpis.NET_SENTIMENT)
        .hasToString(
            "net_sentiment = (positive_mentions - negative_mentions)"
                + " / (positive_mentions + negative_mentions + neutral_mentions)");
  }

  @Test
  void allIsStableAndLookupFindsEveryKpi() {
    assertThat(Kpis.all()).isSameAs(Kpis.all()).startsWith(Kpis.ERR, Kpis.ER_POST);
    for (RatioKpi kpi : Kpis.all()) {
      assertThat(Kpis.find(kpi.id())).containsSame(kpi);
      assertThat(Kpis.get(kpi.id())).isSameAs(kpi);
    }
    assertThat(Kpis.get(MetricId.of("cpm"))).isSameAs(Kpis.CPM);
    assertThat(Kpis.find(CoreMetrics.REACH)).isEmpty();
    assertThatThrownBy(() -> Kpis.get(MetricId.of("nope")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("unknown KPI id 'nope'; known ids: [err, er_post");
  }

  @Test
  void definitionsAreNonAdditiveRatioOfSums() {
    MetricDefinition cpc = Kpis.CPC.toDefinition();

    assertThat(cpc.id()).isEqualTo(MetricId.of("cpc"));
    assertThat(cpc.name()).isEqualTo("Cost per click");
    assertThat(cpc.unit()).isEqualTo(MetricUnit.CURRENCY);
    assertThat(cpc.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(cpc.additivity()).isEqualTo(dev.northstar.core.metric.Additivity.NON_ADDITIVE);
    assertThat(cpc.defaultAggregation())
        .isEqualTo(dev.northstar.core.metric.Aggregation.RATIO_OF_SUMS);
    assertThat(cpc.description()).startsWith("spend / clicks");
  }
}
