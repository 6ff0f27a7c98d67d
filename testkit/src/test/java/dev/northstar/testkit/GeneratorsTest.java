package dev.northstar.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.testkit.gen.GoalInContext;
import dev.northstar.testkit.gen.RuleContextGens;
import dev.northstar.testkit.seed.SeedGoals;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generators behind the rule contracts reach the shapes their documentation promises. */
class GeneratorsTest {

  private static List<GoalInContext> sample(int n) {
    MetricRegistry registry = MetricRegistry.loadLenient();
    SplittableRandom random = new SplittableRandom(42);
    List<GoalInContext> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(RuleContextGens.goalsInContext(registry).generate(random));
    }
    return all;
  }

  @Test
  void goalsInContextCoverSeedsHierarchiesAndHistories() {
    List<GoalInContext> sample = sample(500);

    assertThat(sample).anySatisfy(g -> assertThat(SeedGoals.all()).contains(g.goal()));
    assertThat(sample)
        .anySatisfy(
            g ->
                assertThat(g.context().hierarchy().goals())
                    .contains(g.goal())
                    .hasSizeGreaterThan(1));
    assertThat(sample).anySatisfy(g -> assertThat(g.context().historyOf(g.goal())).isPresent());
    assertThat(sample).anySatisfy(g -> assertThat(g.goal().metric()).isEmpty());
    assertThat(sample)
        .anySatisfy(
            g ->
                assertThat(g.goal().start())
                    .hasValueSatisfying(s -> assertThat(g.context().referenceDate()).isBefore(s)));
    assertThat(sample)
        .allSatisfy(
            g ->
                assertThat(g.context().registry().size())
                    .isEqualTo(MetricRegistry.loadLenient().size()));
  }

  @Test
  void seedGoalsHoldEveryExampleFileAndTheCampfireGoals() {
    assertThat(SeedGoals.byFileName()).containsKey("campfire-hierarchy.json");
    assertThat(SeedGoals.all())
        .containsAll(SeedGoals.campfire().goals())
        .contains(SeedGoals.doubleLinkedInFollowers())
        .containsAll(SeedGoals.backToSchoolLeads());
  }
}
