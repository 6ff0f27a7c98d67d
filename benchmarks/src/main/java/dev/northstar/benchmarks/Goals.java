package dev.northstar.benchmarks;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Goals of the roll-up and JSON benchmarks, drawn with a fixed seed. */
final class Goals {

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate REFERENCE = LocalDate.of(2026, 2, 15);

  private static final MetricId[] METRICS = {
    CoreMetrics.FOLLOWERS, CoreMetrics.REACH, CoreMetrics.IMPRESSIONS, CoreMetrics.VIDEO_VIEWS
  };

  private static final Platform[] PLATFORMS = {
    Platform.FACEBOOK, Platform.INSTAGRAM, Platform.LINKEDIN, Platform.X, Platform.TIKTOK
  };

  private Goals() {}

  /** A measurable social goal: to grow its metric on one platform from a baseline. */
  static Goal social(GoalId id, GoalId parent, SplittableRandom random) {
    Target target =
        switch (random.nextInt(3)) {
          case 0 -> Target.doubling();
          case 1 -> Target.increaseByPercent(10 + random.nextInt(90));
          default -> Target.increaseTo(BigDecimal.valueOf(2_000 + random.nextInt(8_000)));
        };
    return Goal.builder(id, "grow " + id)
        .level(GoalLevel.SOCIAL)
        .parent(parent)
        .weight(BigDecimal.valueOf(1 + random.nextInt(5)))
        .metric(METRICS[random.nextInt(METRICS.length)])
        .scope(Scope.of(PLATFORMS[random.nextInt(PLATFORMS.length)]))
        .baseline(Baseline.of(1_000 + random.nextInt(1_000), START))
        .target(target)
        .period(DateRange.withinMonthsFrom(START, 3))
        .owner(Owner.of("team " + random.nextInt(20)))
        .build();
  }

  /** An objective without a target of its own: its children's roll-up speaks for it. */
  static Goal objective(GoalId id, GoalId parent) {
    return Goal.builder(id, "objective " + id).level(GoalLevel.MARKETING).parent(parent).build();
  }

  /** {@code count} social goals under one objective, which is the first goal of the list. */
  static List<Goal> flat(int count) {
    SplittableRandom random = new SplittableRandom(Posts.SEED);
    GoalId root = GoalId.of("root");
    List<Goal> goals = new ArrayList<>(count);
    goals.add(Goal.builder(root, "root objective").level(GoalLevel.BUSINESS).build());
    for (int i = 1; i < count; i++) {
      goals.add(social(GoalId.of("g" + i), root, random));
    }
    return goals;
  }
}
