package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.time.DateRange;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of the Relevant criterion. */
final class RelevantRules {

  private RelevantRules() {}

  static List<Rule> all() {
    return List.of(new Aligned(), new MetricFitsCategory(), new WithinParentPeriod());
  }

  private static Optional<Goal> parentOf(Goal goal, RuleContext context) {
    return goal.parent().flatMap(id -> context.hierarchy().goal(id));
  }

  /** The goal serves a business or marketing objective, directly or through its parents. */
  static final class Aligned extends BaseRule {
    Aligned() {
      super(BuiltInRules.RELEVANT_ALIGNED, Criterion.RELEVANT);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      if (goal.level() == GoalLevel.BUSINESS) {
        return List.of(Finding.info(this, "is a business goal: the top of the cascade"));
      }
      Optional<GoalId> parent = goal.parent();
      if (parent.isEmpty()) {
        return List.of(
            Finding.warning(
                this,
                "is not linked to a business or marketing objective, so nothing shows it is"
                    + " more than vanity",
                "set its parent to the objective it serves, such as a quarterly marketing goal"));
      }
      Optional<Goal> parentGoal = context.hierarchy().goal(parent.get());
      if (parentGoal.isEmpty()) {
        return List.of(
            Finding.warning(
                this,
                "its parent " + parent.get() + " is not in the hierarchy given",
                "pass the hierarchy that holds " + parent.get() + " in the rule context"));
      }
      // the hierarchy's table, not a walk up the chain: linear over a hierarchy of any depth
      Goal above =
          parentGoal.get().level().isObjective()
              ? parentGoal.get()
              : context.hierarchy().nearestHigherAncestor(parent.get()).orElse(null);
      if (above != null) {
        return List.of(
            Finding.info(
                this,
                "serves the "
                    + above.level().name().toLowerCase(Locale.ROOT)
                    + " objective "
                    + above.id()
                    + " (\""
                    + above.statement()
                    + "\")"));
      }
      return List.of(
          Finding.warning(
              this,
              "no business or marketing objective is above it; its parents are social goals only",
              "link the top social goal to the business or marketing objective it serves"));
    }
  }

  /** The metric is one that measures the goal's category (DOMAIN.md section 3). */
  static final class MetricFitsCategory extends BaseRule {
    MetricFitsCategory() {
      super(BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, Criterion.RELEVANT);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      if (goal.metric().isEmpty() || goal.category().isEmpty()) {
        return List.of();
      }
      MetricId metric = goal.metric().get();
      GoalCategory category = goal.category().get();
      Set<MetricId> suited = CategoryMetrics.of(category);
      if (suited.contains(metric)) {
        return List.of(Finding.info(this, metric + " measures " + category.label()));
      }
      List<GoalCategory> fits = CategoryMetrics.categoriesOf(metric);
      if (fits.isEmpty()) {
        return List.of(
            Finding.info(
                this,
                metric
                    + " is a custom metric, so its fit to "
                    + category.label()
                    + " cannot be checked against the table"));
      }
      return List.of(
          Finding.warning(
              this,
              metric
                  + " measures "
                  + fits.stream().map(GoalCategory::label).toList()
                  + ", not "
                  + category.label(),
              "measure "
                  + category.label()
                  + " with one of "
                  + suited
                  + ", or change the category to "
                  + fits.get(0).label()));
    }
  }

  /** The goal's period lies inside its parent's. */
  static final class WithinParentPeriod extends BaseRule {
    WithinParentPeriod() {
      super(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, Criterion.RELEVANT);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      Optional<Goal> parent = parentOf(goal, context);
      Optional<DateRange> own = goal.period();
      if (parent.isEmpty() || own.isEmpty() || parent.get().period().isEmpty()) {
        return List.of();
      }
      DateRange theirs = parent.get().period().get();
      if (theirs.encloses(own.get())) {
        return List.of();
      }
      return List.of(
          Finding.error(
              this,
              "its period "
                  + own.get()
                  + " is not inside the period "
                  + theirs
                  + " of its parent "
                  + parent.get().id(),
              own.get().overlaps(theirs)
                  ? "move it inside "
                      + theirs
                      + ", such as from "
                      + max(own.get().start(), theirs.start())
                      + " to "
                      + min(own.get().end(), theirs.end())
                  : "move it inside " + theirs + ", or link it to an objective of its period"));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }
  }
}
