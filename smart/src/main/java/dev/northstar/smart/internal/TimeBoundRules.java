package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.time.DateRange;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The built-in rules of the Time-bound criterion. */
final class TimeBoundRules {

  private TimeBoundRules() {}

  static List<Rule> all() {
    return List.of(new DeadlineSet(), new SensibleDuration(), new NotPast());
  }

  /** A deadline exists, and follows the start. */
  static final class DeadlineSet extends BaseRule {
    DeadlineSet() {
      super(BuiltInRules.TIME_BOUND_DEADLINE, Criterion.TIME_BOUND);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<LocalDate> deadline = goal.deadline();
      LocalDate from = goal.start().orElse(context.referenceDate());
      if (deadline.isEmpty()) {
        return List.of(
            Finding.error(
                this,
                "has no deadline",
                "set a deadline, such as within six months: "
                    + DateRange.withinMonthsFrom(from, 6).end()));
      }
      if (goal.start().isEmpty()) {
        return List.of(
            Finding.warning(
                this,
                "has a deadline (" + deadline.get() + ") but no start, so its duration is unknown",
                "set the start, such as the reference date " + context.referenceDate()));
      }
      if (!deadline.get().isAfter(goal.start().get())) {
        return List.of(
            Finding.error(
                this,
                "the deadline " + deadline.get() + " does not follow the start " + from,
                "move the deadline after " + from + ", such as to " + from.plusDays(89)));
      }
      return List.of(Finding.info(this, "runs from " + from + " to " + deadline.get()));
    }
  }

  /** The duration lies between the configured minimum (default 30 days) and maximum. */
  static final class SensibleDuration extends BaseRule {
    SensibleDuration() {
      super(BuiltInRules.TIME_BOUND_DURATION, Criterion.TIME_BOUND);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<DateRange> period = goal.period();
      if (period.isEmpty()) {
        return List.of();
      }
      SmartConfig config = context.config();
      long days = period.get().lengthInDays();
      LocalDate start = period.get().start();
      if (days < config.minimumDurationDays()) {
        return List.of(
            Finding.warning(
                this,
                "lasts "
                    + days
                    + " days; at least "
                    + config.minimumDurationDays()
                    + " are advised (a week is too short to show a trend)",
                "move the deadline to "
                    + start.plusDays(config.minimumDurationDays() - 1L)
                    + " or later, or aim for a quarter"));
      }
      if (days > config.maximumDurationDays()) {
        return List.of(
            Finding.warning(
                this,
                "lasts "
                    + days
                    + " days; more than "
                    + config.maximumDurationDays()
                    + " is too long to steer by",
                "split it into yearly or quarterly goals, or move the deadline to "
                    + start.plusDays(config.maximumDurationDays() - 1L)));
      }
      return List.of(Finding.info(this, "lasts " + days + " days"));
    }
  }

  /** The deadline is not already past at the reference date. */
  static final class NotPast extends BaseRule {
    NotPast() {
      super(BuiltInRules.TIME_BOUND_NOT_PAST, Criterion.TIME_BOUND);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<LocalDate> deadline = goal.deadline();
      LocalDate today = context.referenceDate();
      if (deadline.isEmpty() || !deadline.get().isBefore(today)) {
        return List.of();
      }
      return List.of(
          Finding.error(
              this,
              "the deadline " + deadline.get() + " is already past at " + today,
              "set a new deadline after " + today + ", such as " + today.plusDays(89)));
    }
  }
}
