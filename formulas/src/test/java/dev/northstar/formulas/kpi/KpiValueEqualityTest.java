package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** equals and hashCode of the KPI value types: unequal values, and hashes that tell them apart. */
class KpiValueEqualityTest {

  private static final Instant T0 = Instant.EPOCH;

  @Test
  void csatsAreEqualOnlyWithTheSameCounts() {
    Csat a = Csat.of(List.of(5, 4, 2));
    assertThat(a).isEqualTo(Csat.of(List.of(2, 5, 4))).hasSameHashCodeAs(Csat.of(List.of(4, 2, 5)));
    assertThat(a)
        .isNotEqualTo(Csat.of(List.of(5, 4, 4)))
        .isNotEqualTo(Csat.of(List.of(5, 4, 2, 1)))
        .isNotEqualTo(Csat.of(List.of(5, 4, 2), 5))
        .isNotEqualTo("Csat");
    assertThat(a.hashCode()).isNotEqualTo(Csat.of(List.of(5, 4, 4)).hashCode());
  }

  @Test
  void npsAreEqualOnlyWithTheSameCounts() {
    Nps a = Nps.of(List.of(10, 8, 3));
    assertThat(a).isEqualTo(Nps.ofCounts(1, 1, 1)).hasSameHashCodeAs(Nps.ofCounts(1, 1, 1));
    assertThat(a)
        .isNotEqualTo(Nps.ofCounts(2, 1, 1))
        .isNotEqualTo(Nps.ofCounts(1, 2, 1))
        .isNotEqualTo(Nps.ofCounts(1, 1, 2))
        .isNotEqualTo(Nps.empty())
        .isNotEqualTo("Nps");
    assertThat(a.hashCode()).isNotEqualTo(Nps.ofCounts(1, 1, 2).hashCode());
  }

  @Test
  void linearSumsAreEqualOnlyWithTheSameTerms() {
    LinearSum a = LinearSum.parse("likes + 2*shares");
    assertThat(a)
        .isEqualTo(LinearSum.parse("likes+2 * shares"))
        .hasSameHashCodeAs(a.plus(CoreMetrics.REACH, 0));
    assertThat(a)
        .isNotEqualTo(LinearSum.parse("likes + 3*shares"))
        .isNotEqualTo(LinearSum.parse("likes"))
        .isNotEqualTo("likes + 2*shares");
    assertThat(a.hashCode()).isNotEqualTo(LinearSum.parse("likes + 3*shares").hashCode());
  }

  @Test
  void ratioKpisHashLikeTheirEqualsAndKeepTheirNames() {
    RatioKpi named =
        RatioKpi.builder(MetricId.of("acme.rate"))
            .name("Acme rate")
            .numerator(LinearSum.parse("likes"))
            .denominator(LinearSum.parse("reach"))
            .build();
    RatioKpi unnamed =
        RatioKpi.builder(MetricId.of("acme.rate"))
            .numerator(LinearSum.parse("likes"))
            .denominator(LinearSum.parse("reach"))
            .build();
    assertThat(named.name()).isEqualTo("Acme rate");
    assertThat(unnamed.name()).isEqualTo("acme.rate");
    assertThat(named).isNotEqualTo(unnamed);
    assertThat(named.hashCode()).isNotEqualTo(unnamed.hashCode());
    assertThat(Kpis.ERR.hashCode()).isNotEqualTo(Kpis.CTR.hashCode());
    assertThatThrownBy(
            () ->
                RatioKpi.builder(MetricId.of("acme.half"))
                    .numerator(LinearSum.parse("likes"))
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("denominator of KPI acme.half must be set");
  }

  /**
   * Messages a second apart, and messages whose received and reply times differ in opposite
   * directions, hash differently.
   */
  @Test
  void messagesHashApart() {
    assertThat(Message.unanswered(T0).hashCode())
        .isNotEqualTo(Message.unanswered(T0.plusSeconds(1)).hashCode());
    Message early = Message.answered(T0, T0.plusSeconds(100));
    Message late = Message.answered(T0.plusSeconds(1), T0.plusSeconds(131));
    assertThat(early).isNotEqualTo(late);
    assertThat(early.hashCode()).isNotEqualTo(late.hashCode());
    assertThat(early).hasSameHashCodeAs(Message.answered(T0, T0.plusSeconds(100)));
    Set<Integer> hashes =
        IntStream.range(0, 50)
            .mapToObj(i -> Message.unanswered(T0.plusSeconds(i)).hashCode())
            .collect(Collectors.toSet());
    assertThat(hashes).hasSize(50);
  }

  @Test
  void kpiInputsHashAlikeForEqualValuesOfAnyScaleAndApartOtherwise() {
    KpiInputs one = KpiInputs.empty().with(CoreMetrics.LIKES, new BigDecimal("1.0"));
    KpiInputs same = KpiInputs.empty().with(CoreMetrics.LIKES, new BigDecimal("1.000"));
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(KpiInputs.of(CoreMetrics.LIKES, 0))
        .hasSameHashCodeAs(KpiInputs.empty().with(CoreMetrics.LIKES, new BigDecimal("0.00")));
    Set<Integer> hashes = new HashSet<>();
    for (int v = 0; v < 64; v++) {
      hashes.add(KpiInputs.of(CoreMetrics.LIKES, v).hashCode());
    }
    assertThat(hashes).as("one measure, 64 values").hasSize(64);
    assertThat(KpiInputs.of(CoreMetrics.LIKES, 3).hashCode())
        .isNotEqualTo(KpiInputs.of(CoreMetrics.LIKES, 3, CoreMetrics.REACH, 5).hashCode())
        .isNotEqualTo(KpiInputs.empty().hashCode());
  }

  @Test
  void engagementSetsHashLikeTheirEqualsAndListEveryPlatform() {
    EngagementSets d = EngagementSets.defaults();
    EngagementSets custom = d.with(Platform.X, Set.of(CoreMetrics.LIKES));
    assertThat(custom).isEqualTo(d.with(Platform.X, Set.of(CoreMetrics.LIKES)));
    assertThat(custom)
        .isNotEqualTo(d)
        .isNotEqualTo(custom.withFallback(Set.of(CoreMetrics.SHARES)))
        .isNotEqualTo(custom.toString());
    assertThat(custom).hasSameHashCodeAs(d.with(Platform.X, Set.of(CoreMetrics.LIKES)));
    assertThat(custom.hashCode())
        .isNotEqualTo(d.hashCode())
        .isNotEqualTo(d.withFallback(Set.of(CoreMetrics.LIKES)).hashCode());
    StringBuilder expected = new StringBuilder("EngagementSets{");
    for (Map.Entry<Platform, Set<MetricId>> e : custom.platforms().entrySet()) {
      expected.append(e.getKey().id()).append('=').append(e.getValue()).append(", ");
    }
    expected.append("fallback=").append(custom.fallback()).append('}');
    assertThat(custom).hasToString(expected.toString());
    assertThat(custom.toString()).contains("x=[likes]");
  }
}
