package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RuleContext}: defaults, copies, and which history belongs to a goal. */
class RuleContextTest {

  private static MetricSeries followers(Scope scope) {
    return Seeds.series(CoreMetrics.FOLLOWERS, scope, "2025-12-01=100", "2026-01-01=110");
  }

  private static Goal followersGoal(Scope scope) {
    return Goal.builder(GoalId.of("g"), "Grow followers")
        .metric(CoreMetrics.FOLLOWERS)
        .scope(scope)
        .build();
  }

  @Test
  void aBareContextHasTheDefaults() {
    RuleContext c = RuleContext.of(date("2026-01-01"));
    assertThat(c.referenceDate()).isEqualTo(date("2026-01-01"));
    assertThat(c.hierarchy().goals()).isEmpty();
    assertThat(c.history()).isEmpty();
    assertThat(c.registry().find(CoreMetrics.FOLLOWERS)).isPresent();
    assertThat(c.config()).isEqualTo(SmartConfig.defaults());
    assertThat(c)
        .hasToString(
            "RuleContext[referenceDate=2026-01-01, goals=0, series=0, "
                + SmartConfig.defaults()
                + "]");
  }

  @Test
  void toBuilderKeepsEveryPart() {
    GoalHierarchy hierarchy = GoalHierarchy.of(Seeds.objectives());
    MetricRegistry registry = MetricRegistry.builder().build();
    SmartConfig config = SmartConfig.builder().historyMonths(3).build();
    MetricSeries s = followers(Scope.of(Platform.LINKEDIN));
    RuleContext c =
        RuleContext.builder(date("2026-02-01"))
            .hierarchy(hierarchy)
            .history(s)
            .registry(registry)
            .config(config)
            .build();
    RuleContext copy = c.toBuilder().build();
    assertThat(copy.referenceDate()).isEqualTo(date("2026-02-01"));
    assertThat(copy.hierarchy()).isSameAs(hierarchy);
    assertThat(copy.history()).containsExactly(s);
    assertThat(copy.registry()).isSameAs(registry);
    assertThat(copy.config()).isSameAs(config);
    assertThat(copy.toString())
        .isEqualTo(c.toString())
        .startsWith("RuleContext[referenceDate=2026-02-01, goals=2, series=1, SmartConfig[");
  }

  @Test
  void historyIsAddedInOrderAndCopied() {
    MetricSeries a = followers(Scope.of(Platform.LINKEDIN));
    MetricSeries b = followers(Scope.of(Platform.X));
    List<MetricSeries> more = new ArrayList<>(List.of(b));
    RuleContext.Builder builder = RuleContext.builder(date("2026-01-01")).history(a).history(more);
    RuleContext c = builder.build();
    more.clear();
    builder.history(a);
    assertThat(c.history()).containsExactly(a, b);
    assertThatThrownBy(() -> c.history().add(a)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void historyOfMatchesMetricAndExactlyThePlatforms() {
    MetricSeries linkedIn = followers(Scope.of(Platform.LINKEDIN));
    MetricSeries all = followers(Scope.allPlatforms());
    MetricSeries unspecified = followers(Scope.unspecified());
    MetricSeries two = followers(Scope.of(Platform.LINKEDIN, Platform.X));
    MetricSeries reach = Seeds.series(CoreMetrics.REACH, Scope.of(Platform.X), "2026-01-01=5");
    RuleContext c =
        RuleContext.builder(date("2026-01-01"))
            .history(reach, linkedIn, all, unspecified, two)
            .build();
    assertThat(c.historyOf(followersGoal(Scope.of(Platform.LINKEDIN)))).containsSame(linkedIn);
    assertThat(c.historyOf(followersGoal(Scope.allPlatforms()))).containsSame(all);
    assertThat(c.historyOf(followersGoal(Scope.unspecified()))).containsSame(unspecified);
    assertThat(c.historyOf(followersGoal(Scope.of(Platform.X, Platform.LINKEDIN))))
        .containsSame(two);
    assertThat(c.historyOf(followersGoal(Scope.of(Platform.X)))).isEmpty();
    assertThat(c.historyOf(Goal.builder(GoalId.of("n"), "No metric").build())).isEmpty();
  }

  @Test
  void allPlatformsAndUnspecifiedAreDifferentScopes() {
    RuleContext onlyAll =
        RuleContext.builder(date("2026-01-01")).history(followers(Scope.allPlatforms())).build();
    RuleContext onlyUnspecified =
        RuleContext.builder(date("2026-01-01")).history(followers(Scope.unspecified())).build();
    assertThat(onlyAll.historyOf(followersGoal(Scope.unspecified()))).isEmpty();
    assertThat(onlyUnspecified.historyOf(followersGoal(Scope.allPlatforms()))).isEmpty();
  }

  @Test
  void nullsAreRefusedByName() {
    RuleContext.Builder b = RuleContext.builder(date("2026-01-01"));
    assertThatThrownBy(() -> RuleContext.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referenceDate must not be null");
    assertThatThrownBy(() -> RuleContext.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referenceDate must not be null");
    assertThatThrownBy(() -> b.hierarchy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("hierarchy must not be null");
    assertThatThrownBy(() -> b.registry(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("registry must not be null");
    assertThatThrownBy(() -> b.config(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("config must not be null");
    assertThatThrownBy(() -> b.history((List<MetricSeries>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("series must not be null");
    List<MetricSeries> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> b.history(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("series element must not be null");
    assertThatThrownBy(() -> b.build().historyOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("goal must not be null");
  }
}
