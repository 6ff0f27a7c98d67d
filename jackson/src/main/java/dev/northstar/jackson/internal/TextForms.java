package dev.northstar.jackson.internal;

import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import java.util.Locale;

/**
 * The deserializers of the types written as a JSON string of their canonical text: ids, owners,
 * platforms, date ranges, quarters and recurrences.
 */
final class TextForms {

  static final TextFormDeserializer<MetricId> METRIC_ID =
      new TextFormDeserializer<>(MetricId.class, "a metric id such as followers", MetricId::of);

  static final TextFormDeserializer<Platform> PLATFORM =
      new TextFormDeserializer<>(Platform.class, "a platform id such as linkedin", Platform::of);

  static final TextFormDeserializer<GoalId> GOAL_ID =
      new TextFormDeserializer<>(
          GoalId.class, "a goal id such as double-linkedin-followers", GoalId::of);

  static final TextFormDeserializer<TacticId> TACTIC_ID =
      new TextFormDeserializer<>(
          TacticId.class, "a tactic id such as list-influencers", TacticId::of);

  static final TextFormDeserializer<Owner> OWNER =
      new TextFormDeserializer<>(Owner.class, "an owner's name such as Brian", Owner::of);

  static final TextFormDeserializer<DateRange> DATE_RANGE =
      new TextFormDeserializer<>(
          DateRange.class,
          "a date range such as 2026-07-01/2026-09-30",
          text -> Reads.inYears(DateRange.parse(text)));

  static final TextFormDeserializer<Window> WINDOW =
      new TextFormDeserializer<>(
          Window.class,
          "a window: period, per day, per week, per month, per quarter or trailing N days",
          Window::parse);

  static final TextFormDeserializer<BaselinePeriod> BASELINE_PERIOD =
      new TextFormDeserializer<>(
          BaselinePeriod.class,
          "a baseline period such as 2026-07-01/2026-07-31, previous period or same period last"
              + " year",
          BaselinePeriod::parse);

  static final TextFormDeserializer<Quarter> QUARTER =
      new TextFormDeserializer<>(Quarter.class, "a quarter such as 2026-Q3", Quarter::parse);

  static final TextFormDeserializer<Recurrence> RECURRENCE =
      new TextFormDeserializer<>(
          Recurrence.class,
          "a recurrence such as \"monthly on day 30\" or \"weekly on monday\"",
          Recurrence::parse);

  private TextForms() {}

  /**
   * Returns a recurrence's JSON text: its canonical text in lower case, such as "weekly on monday".
   */
  static String recurrence(Recurrence recurrence) {
    return recurrence.toString().toLowerCase(Locale.ROOT);
  }
}
