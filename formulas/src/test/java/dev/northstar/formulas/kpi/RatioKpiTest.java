package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.Serialization;
import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatioKpiTest {

  @Test
  void evaluateAppliesTheFactorToTheNumerator() {
    KpiInputs ads = KpiInputs.of(CoreMetrics.SPEND, 500, CoreMetrics.IMPRESSIONS, 20_000);

    assertThat(Kpis.CPM.evaluate(ads)).contains(Ratio.of(500_000, 20_000));
  }

  @Test
  void engagementsCanComeFromThePlatformSet() {
    KpiInputs post =
        KpiInputs.of(CoreMetrics.LIKES, 100, CoreMetrics.COMMENTS, 30)
            .with(CoreMetrics.SHARES, 20)
            .with(CoreMetrics.SAVES, 50)
            .with(CoreMetrics.REACH, 3_000);

    // Facebook: likes + comments + shares = 150; Instagram adds saves: 200.
    assertThat(
            Kpis.ERR.evaluate(post.withEngagements(EngagementSets.defaults(), Platform.FACEBOOK)))
        .contains(Ratio.of(150, 3_000));
    assertThat(
            Kpis.ERR.evaluate(post.withEngagements(EngagementSets.defaults(), Platform.INSTAGRAM)))
        .contains(Ratio.of(200, 3_000));
    // A given engagements value wins; a set with a missing count leaves engagements missing.
    assertThat(
            post.with(CoreMetrics.ENGAGEMENTS, 7)
                .withEngagements(EngagementSets.defaults(), Platform.FACEBOOK)
                .value(CoreMetrics.ENGAGEMENTS))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
    assertThat(
            post.withEngagements(EngagementSets.defaults(), Platform.LINKEDIN)
                .value(CoreMetrics.ENGAGEMENTS))
        .isEmpty();
  }

  @Test
  void aCustomKpiIsBuiltAndEvaluatedLikeTheBuiltIns() {
    // A team's own metric (DOMAIN.md: discount codes shared only on social).
    RatioKpi redemptionRate =
        RatioKpi.builder(MetricId.of("acme.redemption_rate"))
            .name("Discount code redemption rate")
            .numerator(LinearSum.parse("acme.redemptions"))
            .denominator(LinearSum.parse("link_clicks"))
            .build();

    KpiInputs week =
        KpiInputs.of(MetricId.of("acme.redemptions"), 18, CoreMetrics.LINK_CLICKS, 600);
    assertThat(redemptionRate.evaluate(week).orElseThrow().toPercentString()).isEqualTo("3%");
    assertThat(redemptionRate).hasToString("acme.redemption_rate = acme.redemptions / link_clicks");
    assertThat(redemptionRate.toDefinition().name()).isEqualTo("Discount code redemption rate");
  }

  @Test
  void usesLooksAtBothSums() {
    assertThat(Kpis.ROI.uses(CoreMetrics.REVENUE)).isTrue();
    assertThat(Kpis.ROI.uses(CoreMetrics.SPEND)).isTrue();
    assertThat(Kpis.ROI.uses(CoreMetrics.CLICKS)).isFalse();
  }

  @Test
  void builderRefusesBadParts() {
    RatioKpi.Builder b = RatioKpi.builder(MetricId.of("acme.x"));

    assertThatThrownBy(() -> b.denominator(LinearSum.parse("a - b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator of KPI acme.x must have positive coefficients, but was a - b");
    assertThatThrownBy(() -> b.factor(BigDecimal.ZERO))
        .hasMessage("factor of KPI acme.x must be positive, but was 0");
    assertThatThrownBy(() -> b.name(" ")).hasMessage("name of KPI acme.x must not be blank");
    assertThatThrownBy(b::build)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("numerator of KPI acme.x must be set");
  }

  @Test
  void serializationRebuildsAnEqualKpi() throws Exception {
    for (RatioKpi kpi : Set.of(Kpis.CPM, Kpis.ROI, Kpis.NPS, Kpis.ERR)) {
      RatioKpi copy = Serialization.roundTrip(kpi);
      assertThat(copy).isEqualTo(kpi);
      assertThat(copy.description()).isEqualTo(kpi.description());
    }
  }

  @Test
  void engagementSetsSurviveSerialization() throws Exception {
    EngagementSets custom =
        EngagementSets.defaults()
            .with(Platform.of("mastodon", "Mastodon"), Set.of(CoreMetrics.SHARES))
            .withFallback(Set.of(CoreMetrics.LIKES));

    EngagementSets copy = Serialization.roundTrip(custom);
    assertThat(copy).isEqualTo(custom);
    assertThat(copy.platforms().keySet())
        .anySatisfy(p -> assertThat(p.displayName()).isEqualTo("Mastodon"));
    assertThat(Serialization.roundTrip(EngagementSets.defaults()))
        .isEqualTo(EngagementSets.defaults());
  }
}
