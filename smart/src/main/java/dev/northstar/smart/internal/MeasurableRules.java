package dev.northstar.smart.internal;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in rules of the Measurable criterion. */
final class MeasurableRules {

  private MeasurableRules() {}

  static List<Rule> all() {
    return List.of(
        new NumericTarget(), new BaselineKnown(), new TargetChanges(), new AvailableOnScope());
  }

  /** The values a target names, to check against the metric's unit. */
  static List<BigDecimal> values(Target target) {
    List<BigDecimal> values = new ArrayList<>();
    if (target instanceof Target.ChangeTo t) {
      values.add(t.value());
    } else if (target instanceof Target.Total t) {
      values.add(t.count());
    } else if (target instanceof Target.Band t) {
      if (t.lower() != null) {
        values.add(t.lower());
      }
      if (t.upper() != null) {
        values.add(t.upper());
      }
    }
    return values;
  }

  /** A numeric target, in the metric's unit. */
  static final class NumericTarget extends BaseRule {
    NumericTarget() {
      super(BuiltInRules.MEASURABLE_TARGET, Criterion.MEASURABLE);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<Target> target = goal.target();
      if (target.isEmpty()) {
        return List.of(
            Finding.error(
                this,
                "has no target, so there is no number to measure against",
                "set a number, such as \"increase by 20%\", \"double\" or \"500 leads\""));
      }
      if (target.get() instanceof Target.Milestone) {
        return List.of(
            Finding.warning(
                this,
                "the target is a milestone (done or not), which has no number",
                "count what is done, such as \"total 3\" influencers signed"));
      }
      Optional<MetricDefinition> def = goal.metric().flatMap(m -> context.registry().find(m));
      List<Finding> found = new ArrayList<>();
      if (def.isPresent()) {
        for (BigDecimal v : values(target.get())) {
          unitProblem(def.get(), v).ifPresent(found::add);
        }
      }
      if (found.isEmpty()) {
        found.add(Finding.info(this, "the target is \"" + target.get() + "\""));
      }
      return found;
    }

    private Optional<Finding> unitProblem(MetricDefinition def, BigDecimal value) {
      MetricUnit unit = def.unit();
      if (unit == MetricUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
        return Optional.of(
            Finding.warning(
                this,
                def.name()
                    + " is counted in whole numbers, but the target names "
                    + value.toPlainString(),
                "round the target to a whole number, such as "
                    + Fmt.number(value.setScale(0, RoundingMode.HALF_UP))));
      }
      if (unit == MetricUnit.RATIO && value.abs().compareTo(BigDecimal.ONE) > 0) {
        BigDecimal fraction = value.movePointLeft(2);
        return Optional.of(
            Finding.warning(
                this,
                def.name()
                    + " is a ratio (0.05 means 5%), but the target names "
                    + value.toPlainString()
                    + ", which looks like a percent",
                "write the target as a fraction, such as " + fraction.toPlainString()));
      }
      return Optional.empty();
    }
  }

  /** A relative target ("by 20%", "double") needs a baseline: a number or a period of the data. */
  static final class BaselineKnown extends BaseRule {
    BaselineKnown() {
      super(BuiltInRules.MEASURABLE_BASELINE, Criterion.MEASURABLE);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<Target> target = goal.target();
      if (target.isEmpty()
          || !target.get().isRelative()
          || goal.baseline().isPresent()
          || goal.baselinePeriod().isPresent()) {
        return List.of();
      }
      return List.of(
          Finding.error(
              this,
              "the target \""
                  + target.get()
                  + "\" is relative, but there is no baseline to measure it from",
              "record the metric's current value and its date as the baseline"));
    }
  }

  /** The target differs from the baseline, and in the direction it says. */
  static final class TargetChanges extends BaseRule {
    TargetChanges() {
      super(BuiltInRules.MEASURABLE_CHANGE, Criterion.MEASURABLE);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      if (goal.baseline().isEmpty() || goal.target().isEmpty()) {
        return List.of();
      }
      Baseline baseline = goal.baseline().get();
      BigDecimal b = baseline.value();
      Target target = goal.target().get();
      if (target instanceof Target.ChangeTo t) {
        int cmp = t.value().compareTo(b);
        String base = "the baseline " + Fmt.number(b) + " (" + baseline.asOf() + ")";
        if (cmp == 0) {
          return List.of(
              Finding.error(
                  this,
                  "the target " + Fmt.number(t.value()) + " equals " + base + ": nothing changes",
                  "set a target other than " + Fmt.number(b)));
        }
        boolean up = t.direction() == Target.Direction.INCREASE;
        if (up != (cmp > 0)) {
          return List.of(
              Finding.error(
                  this,
                  "\"" + t + "\" goes the wrong way from " + base,
                  up
                      ? "set a value above " + Fmt.number(b) + ", or make it a decrease"
                      : "set a value below " + Fmt.number(b) + ", or make it an increase"));
        }
      } else if (target instanceof Target.Band t && t.contains(b)) {
        return List.of(
            Finding.info(
                this,
                "the baseline "
                    + Fmt.number(b)
                    + " is already inside \""
                    + t
                    + "\"; the goal"
                    + " is to stay there"));
      }
      return List.of();
    }
  }

  /** The metric is known and reported on every platform in the scope. */
  static final class AvailableOnScope extends BaseRule {
    AvailableOnScope() {
      super(BuiltInRules.MEASURABLE_AVAILABILITY, Criterion.MEASURABLE);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<MetricId> metric = goal.metric();
      if (metric.isEmpty()) {
        return List.of();
      }
      Optional<MetricDefinition> def = context.registry().find(metric.get());
      if (def.isEmpty()) {
        return List.of(
            Finding.warning(
                this,
                "the metric "
                    + metric.get()
                    + " is not in the metric registry, so its unit and platforms cannot be"
                    + " checked",
                "register a definition of " + metric.get() + ", or use a known metric"));
      }
      List<String> available = def.get().availableOn().stream().map(Platform::displayName).toList();
      if (available.isEmpty()) {
        return List.of();
      }
      if (goal.scope().isAllPlatforms()) {
        return List.of(
            Finding.warning(
                this,
                def.get().name() + " is reported only on " + available + ", not on all platforms",
                "limit the scope to " + available));
      }
      List<Finding> found = new ArrayList<>();
      for (Platform p : goal.scope().platforms()) {
        if (!def.get().isAvailableOn(p)) {
          found.add(
              Finding.error(
                  this,
                  def.get().name()
                      + " is not reported on "
                      + p.displayName()
                      + " (only on "
                      + available
                      + ")",
                  "drop " + p.displayName() + " from the scope, or pick a metric reported there"));
        }
      }
      return found;
    }
  }
}
