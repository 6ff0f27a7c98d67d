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
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    String[] shown = shown(r, band);
    String message =
        "P(reaching "
            + shown[0]
            + " by "
            + band.date()
            + ") = "
            + Fmt.percent(p)
            + " ("
            + outlook.projection().model()
            + " fitted on "
            + outlook.days()
            + " days); 80% range at the deadline "
            + shown[1]
            + " to "
            + shown[2]
            + "; reached with 50%: "
            + shown[3]
            + ", with 80%: "
            + shown[4];
    SmartConfig config = context.config();
    String suggestion = "aim for " + shown[4] + " (80% likely), or move the deadline";
    if (p < config.achievableErrorBelow().doubleValue()) {
      return List.of(Finding.error(this, message + ": unlikely", suggestion));
    }
    if (p < config.achievableWarningBelow().doubleValue()) {
      return List.of(Finding.warning(this, message + ": a stretch", suggestion));
    }
    return List.of(Finding.info(this, message + ": realistic"));
  }

  /**
   * The target, the 80% range at the deadline and the targets reached with 50% and 80%, as shown.
   * For counts they are whole: the target the whole number that reaches it ("9,721.2 followers" is
   * 9,722), the reachable ones on the safe side. Amounts, ratios and durations keep their decimals:
   * at least two, as many as the target has (up to six), and more until different numbers print
   * differently; reachable targets are rounded on the safe side.
   */
  private static String[] shown(ForecastCheck.Result r, ForecastBand band) {
    double target = r.outlook().target();
    boolean atLeast = r.side() == TargetSide.AT_LEAST;
    if (r.whole()) {
      return new String[] {
        Fmt.whole(atLeast ? Math.ceil(target) : Math.floor(target)),
        Fmt.whole(band.lower80()),
        Fmt.whole(band.upper80()),
        Fmt.whole(r.reachable(0.5)),
        Fmt.whole(r.reachable(0.8))
      };
    }
    RoundingMode safe = atLeast ? RoundingMode.FLOOR : RoundingMode.CEILING;
    BigDecimal exact = BigDecimal.valueOf(target);
    return Fmt.numbersApart(
        Math.max(2, Fmt.decimalsOf(exact)),
        new BigDecimal[] {
          exact,
          BigDecimal.valueOf(band.lower80()),
          BigDecimal.valueOf(band.upper80()),
          BigDecimal.valueOf(r.reachable(0.5)),
          BigDecimal.valueOf(r.reachable(0.8))
        },
        new RoundingMode[] {
          RoundingMode.HALF_EVEN, RoundingMode.HALF_EVEN, RoundingMode.HALF_EVEN, safe, safe
        });
  }
}
