package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.forecast.ForecastBand;
import dev.northstar.progress.forecast.TargetSide;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Achievable: the probability of reaching the target by the deadline, from the forecast of what the
 * goal measures ({@link GoalOutlook}, as {@code progress} computes it: a stock's level, a flow's
 * running total over the goal's period; the model of least AICc). Below {@link
 * SmartConfig#achievableErrorBelow()} it is an error, below {@link
 * SmartConfig#achievableWarningBelow()} a warning, otherwise realistic. The finding gives the
 * targets reached with 50% and 80% probability and the 80% range at the deadline.
 */
final class AchievableForecastRule extends BaseRule {

  AchievableForecastRule() {
    super(BuiltInRules.ACHIEVABLE_FORECAST, Criterion.ACHIEVABLE);
  }

  @Override
  public List<Finding> evaluate(Goal goal, RuleContext context) {
    List<String> reasons = new ArrayList<>();
    Optional<ForecastCheck.Result> result = ForecastCheck.of(goal, context, reasons);
    if (result.isEmpty()) {
      return List.of(Finding.info(this, "not judged by a forecast: " + reasons.get(0)));
    }
    ForecastCheck.Result r = result.get();
    GoalOutlook outlook = r.outlook();
    double p = r.probability();
    ForecastBand band = outlook.atDeadline();
    String message =
        "P(reaching "
            + targetText(outlook.target(), r)
            + " by "
            + band.date()
            + ") = "
            + Fmt.percent(p)
            + " ("
            + outlook.projection().model()
            + " fitted on "
            + outlook.days()
            + " days); 80% range at the deadline "
            + number(band.lower80(), r)
            + " to "
            + number(band.upper80(), r)
            + "; reached with 50%: "
            + number(r.reachable(0.5), r)
            + ", with 80%: "
            + number(r.reachable(0.8), r);
    SmartConfig config = context.config();
    String suggestion =
        "aim for " + number(r.reachable(0.8), r) + " (80% likely), or move the deadline";
    if (p < config.achievableErrorBelow().doubleValue()) {
      return List.of(Finding.error(this, message + ": unlikely", suggestion));
    }
    if (p < config.achievableWarningBelow().doubleValue()) {
      return List.of(Finding.warning(this, message + ": a stretch", suggestion));
    }
    return List.of(Finding.info(this, message + ": realistic"));
  }

  /** A figure on the goal's scale: whole for counts. */
  private static String number(double value, ForecastCheck.Result r) {
    return r.whole() ? Fmt.whole(value) : Fmt.number(java.math.BigDecimal.valueOf(value));
  }

  /** The target: for counts, the whole number that reaches it ("9,721.2 followers" is 9,722). */
  private static String targetText(double value, ForecastCheck.Result r) {
    if (!r.whole()) {
      return number(value, r);
    }
    return Fmt.whole(r.side() == TargetSide.AT_LEAST ? Math.ceil(value) : Math.floor(value));
  }
}
