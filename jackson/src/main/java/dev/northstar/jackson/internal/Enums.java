package dev.northstar.jackson.internal;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.core.series.DuplicateDates;
import dev.northstar.core.tactic.Quadrant;
import dev.northstar.core.tactic.TacticStatus;
import dev.northstar.core.time.RelativePeriod;
import java.util.List;

/** The deserializers of the core enums, written in lower snake case. */
final class Enums {

  static final SnakeCaseEnumDeserializer<GoalLevel> GOAL_LEVEL =
      new SnakeCaseEnumDeserializer<>(GoalLevel.class, "a goal level");

  static final SnakeCaseEnumDeserializer<GoalCategory> GOAL_CATEGORY =
      new SnakeCaseEnumDeserializer<>(GoalCategory.class, "a goal category");

  static final SnakeCaseEnumDeserializer<MetricUnit> METRIC_UNIT =
      new SnakeCaseEnumDeserializer<>(MetricUnit.class, "a metric unit");

  static final SnakeCaseEnumDeserializer<Polarity> POLARITY =
      new SnakeCaseEnumDeserializer<>(Polarity.class, "a polarity");

  static final SnakeCaseEnumDeserializer<Additivity> ADDITIVITY =
      new SnakeCaseEnumDeserializer<>(Additivity.class, "an additivity");

  static final SnakeCaseEnumDeserializer<Accumulation> ACCUMULATION =
      new SnakeCaseEnumDeserializer<>(Accumulation.class, "an accumulation");

  static final SnakeCaseEnumDeserializer<TacticStatus> TACTIC_STATUS =
      new SnakeCaseEnumDeserializer<>(TacticStatus.class, "a tactic status");

  static final SnakeCaseEnumDeserializer<Aggregation> AGGREGATION =
      new SnakeCaseEnumDeserializer<>(Aggregation.class, "an aggregation");

  static final SnakeCaseEnumDeserializer<DuplicateDates> DUPLICATE_DATES =
      new SnakeCaseEnumDeserializer<>(DuplicateDates.class, "a rule for duplicate dates");

  static final SnakeCaseEnumDeserializer<Quadrant> QUADRANT =
      new SnakeCaseEnumDeserializer<>(Quadrant.class, "a quadrant");

  static final SnakeCaseEnumDeserializer<RelativePeriod> RELATIVE_PERIOD =
      new SnakeCaseEnumDeserializer<>(RelativePeriod.class, "a relative period");

  /** Every enum deserializer, for registration. */
  static final List<SnakeCaseEnumDeserializer<?>> ALL =
      List.of(
          GOAL_LEVEL,
          GOAL_CATEGORY,
          METRIC_UNIT,
          POLARITY,
          ADDITIVITY,
          ACCUMULATION,
          TACTIC_STATUS,
          AGGREGATION,
          DUPLICATE_DATES,
          QUADRANT,
          RELATIVE_PERIOD);

  private Enums() {}
}
