package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.time.DateRange;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Achievable: compares the growth a goal needs per month with the growth of the last months.
 *
 * <p>For a change from a positive baseline to a positive target, the needed figure is the compound
 * growth rate per month and the observed figures are month-on-month growth rates. From a baseline
 * of 0 a rate cannot be computed, so the rule compares absolute change per month instead, as it
 * does for a total ("500 leads": the amount per month against monthly amounts). Needing no more
 * than the median month is realistic, no more than the best month (times the stretch factor) a
 * stretch, more than that unrealistic. A decrease is judged the same way on the falls.
 */
final class AchievableGrowthRule extends BaseRule {

  /** Beyond this many months no deadline is suggested. */
  private static final double MAX_SUGGESTED_MONTHS = 1200;

  AchievableGrowthRule() {
    super(BuiltInRules.ACHIEVABLE_GROWTH, Criterion.ACHIEVABLE);
  }

  /** What the goal needs and what history shows, in one unit (rate or amount per month). */
  private record Need(
      boolean asRate,
      boolean total,
      BigDecimal from,
      BigDecimal to,
      int direction,
      List<Double> observed,
      String note,
      boolean whole) {
    Need withNote(String more) {
      return new Need(asRate, total, from, to, direction, observed, note + more, whole);
    }
  }

  @Override
  public List<Finding> evaluate(Goal goal, RuleContext context) {
    Optional<Target> target = goal.target();
    if (target.isEmpty()) {
      return List.of(
          Finding.warning(
              this,
              "cannot be judged: there is no target to compare with the history",
              "set a target, then compare it with the metric's recent months"));
    }
    if (target.get() instanceof Target.Band || target.get() instanceof Target.Milestone) {
      return List.of(
          Finding.info(this, "a \"" + target.get() + "\" target is not judged by growth"));
    }
    Optional<MetricSeries> series = context.historyOf(goal);
    String what = goal.metric().map(m -> m + where(goal)).orElse("the metric");
    if (series.isEmpty()) {
      return List.of(noHistory("there is no history of " + what, what));
    }
    // A flow's month is the sum of its days: for reach, "summed reach", as progress measures it.
    Accumulation accumulation =
        goal.metric()
            .flatMap(m -> context.registry().find(m))
            .map(MetricDefinition::accumulation)
            .orElse(Accumulation.STOCK);
    boolean additive = accumulation.isFlow();
    MonthlyHistory months =
        MonthlyHistory.of(
            series.get(), additive, context.referenceDate(), context.config().historyMonths());
    Optional<Need> need =
        need(goal, target.get(), months, additive, ForecastCheck.countsWholeThings(goal, context))
            .map(
                n ->
                    accumulation == Accumulation.NON_ADDITIVE_FLOW
                        ? n.withNote(
                            "; a month of "
                                + goal.metric().orElseThrow()
                                + " is the sum of its days, summed over days")
                        : n);
    if (need.isEmpty()) {
      return List.of(noHistory("there is no baseline and no history value to start from", what));
    }
    if (need.get().observed().isEmpty()) {
      return List.of(
          noHistory(
              "the history of "
                  + what
                  + " has no two consecutive months to compare"
                  + (need.get().asRate() ? " (growth from 0 cannot be computed)" : ""),
              what));
    }
    if (need.get().from().compareTo(need.get().to()) == 0) {
      return List.of(Finding.info(this, "needs no change: the target equals the baseline"));
    }
    LocalDate from = startOf(goal, context);
    if (goal.deadline().isEmpty()) {
      return withoutDeadline(need.get(), from);
    }
    long days = ChronoUnit.DAYS.between(from, goal.deadline().get()) + 1;
    if (days < 1) {
      return List.of(
          Finding.warning(
              this,
              "cannot be judged: the deadline " + goal.deadline().get() + " is before " + from,
              "set a deadline after " + from));
    }
    double stretch = context.config().stretchFactor().doubleValue();
    Finding finding = judge(need.get(), from, days / Growth.DAYS_PER_MONTH, stretch);
    if (finding.severity() != Severity.INFO && ForecastCheck.applies(goal, context)) {
      return List.of(
          Finding.info(
              this,
              finding.message()
                  + " (the daily history is forecast: "
                  + BuiltInRules.ACHIEVABLE_FORECAST
                  + " judges the goal)"));
    }
    return List.of(finding);
  }

  private static String where(Goal goal) {
    if (goal.scope().isAllPlatforms()) {
      return " on all platforms";
    }
    List<String> names = goal.scope().platforms().stream().map(p -> p.displayName()).toList();
    return names.isEmpty() ? "" : " on " + String.join(", ", names);
  }

  private Finding noHistory(String why, String what) {
    return Finding.warning(
        this,
        "cannot be judged: " + why,
        "add at least two consecutive months of " + what + " to the history");
  }

  private static LocalDate startOf(Goal goal, RuleContext context) {
    return goal.start()
        .or(() -> goal.baseline().map(b -> b.asOf()))
        .orElse(context.referenceDate());
  }

  private static Optional<Need> need(
      Goal goal, Target target, MonthlyHistory months, boolean additive, boolean whole) {
    if (target instanceof Target.Total t) {
      List<Double> amounts =
          additive
              ? months.values().stream().map(v -> Growth.finite(v.doubleValue())).toList()
              : months.gains();
      return Optional.of(new Need(false, true, BigDecimal.ZERO, t.count(), 1, amounts, "", whole));
    }
    String note = "";
    BigDecimal base;
    BigDecimal fromPeriod = baselinePeriod(goal).map(p -> months.over(p, additive)).orElse(null);
    if (fromPeriod != null) {
      base = fromPeriod;
      note =
          "; the baseline is "
              + (additive ? "the mean month of " : "the last month of ")
              + baselinePeriod(goal).orElseThrow();
    } else if (goal.baseline().isPresent()) {
      base = goal.baseline().get().value();
    } else {
      BigDecimal latest = months.latest();
      if (latest == null) {
        return Optional.empty();
      }
      base = latest;
      note = "; the baseline is the latest month of history";
    }
    BigDecimal to = targetValue(target, base);
    int direction = to.compareTo(base) < 0 ? -1 : 1;
    boolean asRate = base.signum() > 0 && to.signum() > 0;
    List<Double> observed = asRate ? months.rates() : months.gains();
    if (!asRate) {
      note += "; growth from " + Fmt.number(base) + " cannot be a rate, so monthly changes count";
    }
    List<Double> signed = observed.stream().map(v -> v * direction).toList();
    return Optional.of(new Need(asRate, false, base, to, direction, signed, note, whole));
  }

  /** The dates of the goal's baseline period, resolved against its period. */
  private static Optional<DateRange> baselinePeriod(Goal goal) {
    return goal.baselinePeriod()
        .flatMap(bp -> bp.dates().isPresent() ? bp.dates() : goal.period().map(bp::resolve));
  }

  static BigDecimal targetValue(Target target, BigDecimal base) {
    if (target instanceof Target.ChangeByPercent t) {
      BigDecimal change = base.multiply(t.percent()).movePointLeft(2);
      return t.direction() == Target.Direction.INCREASE ? base.add(change) : base.subtract(change);
    }
    if (target instanceof Target.ChangeTo t) {
      return t.value();
    }
    if (target instanceof Target.Multiply t) {
      return base.multiply(t.factor());
    }
    return base;
  }

  /** The needed figure in the direction of the goal: positive means progress is needed. */
  private static double required(Need need, double months) {
    if (need.asRate()) {
      return need.direction() * Growth.rate(need.from(), need.to(), months);
    }
    return Growth.finite(need.to().subtract(need.from()).abs().doubleValue()) / months;
  }

  private Finding judge(Need need, LocalDate from, double months, double stretchFactor) {
    double required = required(need, months);
    double median = Growth.median(need.observed());
    double best = Growth.best(need.observed());
    double stretch = best * stretchFactor;
    int n = need.observed().size();
    String[] figures =
        Fmt.apart(
            need.asRate(),
            need.asRate() ? 1 : 0,
            need.direction() * required,
            need.direction() * median,
            need.direction() * best);
    BigDecimal reach = median > 0 ? targetAt(need, median, months) : need.from();
    String[] shown = shown(need, reach);
    String message =
        "needs "
            + figures[0]
            + " a month ("
            + change(need, shown)
            + " in "
            + Fmt.months(months)
            + " months"
            + need.note()
            + "); the median month of the last "
            + n
            + " was "
            + figures[1]
            + " and the best "
            + figures[2];
    if (required <= median) {
      return Finding.info(this, message + ": realistic");
    }
    String suggestion = suggestion(need, from, median, shown);
    if (required <= stretch) {
      return Finding.warning(this, message + ": a stretch", suggestion);
    }
    return Finding.error(this, message + ": unrealistic", suggestion);
  }

  private List<Finding> withoutDeadline(Need need, LocalDate from) {
    double median = Growth.median(need.observed());
    double monthsNeeded = monthsAt(need, median);
    if (monthsNeeded <= 0 || monthsNeeded > MAX_SUGGESTED_MONTHS) {
      return List.of(
          Finding.warning(
              this,
              "cannot be judged without a deadline, and at the median month of the last "
                  + need.observed().size()
                  + " ("
                  + figure(need, median)
                  + ") it would take more than "
                  + Fmt.whole(MAX_SUGGESTED_MONTHS)
                  + " months",
              "change the tactics or the target, then set a deadline"));
    }
    return List.of(
        Finding.info(
            this,
            "at the median month of the last "
                + need.observed().size()
                + " ("
                + figure(need, median)
                + "), "
                + change(need, shown(need, need.from()))
                + " takes "
                + Fmt.months(monthsNeeded)
                + " months: a deadline on or after "
                + dateAfter(from, monthsNeeded)
                + " is realistic"));
  }

  private String suggestion(Need need, LocalDate from, double median, String[] shown) {
    if (median <= 0) {
      return "the median month of the history shows no progress; change the tactics first, or"
          + " set a target near "
          + shown[0];
    }
    String realisticTarget = shown[2];
    double monthsNeeded = monthsAt(need, median);
    if (monthsNeeded > MAX_SUGGESTED_MONTHS) {
      return "lower the target to " + realisticTarget;
    }
    return "lower the target to "
        + realisticTarget
        + " or move the deadline to "
        + dateAfter(from, monthsNeeded);
  }

  /**
   * What the median month reaches in the period: the realistic target; whole for counts (on the
   * safe side), otherwise unrounded, for {@link #shown} to round.
   */
  private static BigDecimal targetAt(Need need, double median, double months) {
    if (need.asRate()) {
      if (need.direction() < 0 && median >= 1) {
        return BigDecimal.ZERO;
      }
      double log = Math.min(700, months * Math.log1p(need.direction() * median));
      BigDecimal factor = new BigDecimal(Math.exp(log), MathContext.DECIMAL64);
      return whole(need, need.from().multiply(factor, MathContext.DECIMAL64));
    }
    BigDecimal change = BigDecimal.valueOf(Growth.finite(median * months * need.direction()));
    return whole(need, need.from().add(change));
  }

  private static BigDecimal whole(Need need, BigDecimal reach) {
    return need.whole() ? reach.setScale(0, reachable(need)) : reach;
  }

  /**
   * How a reachable target is rounded: on the safe side (down for an increase, up for a decrease),
   * so that the median month reaches it.
   */
  private static RoundingMode reachable(Need need) {
    return need.direction() > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
  }

  /** Months the median month needs to reach the target; 0 or less when it never does. */
  private static double monthsAt(Need need, double median) {
    if (median <= 0) {
      return -1;
    }
    if (need.asRate()) {
      if (need.direction() < 0 && median >= 1) {
        return -1;
      }
      double perMonth = Math.log1p(need.direction() * median);
      return (Growth.ln(need.to()) - Growth.ln(need.from())) / perMonth;
    }
    return Growth.finite(need.to().subtract(need.from()).abs().doubleValue()) / median;
  }

  private static LocalDate dateAfter(LocalDate from, double months) {
    return from.plusDays((long) Math.ceil(months * Growth.DAYS_PER_MONTH) - 1);
  }

  private static String change(Need need, String[] shown) {
    if (need.total()) {
      return shown[1] + " in total";
    }
    return shown[0] + " -> " + shown[1];
  }

  /**
   * The baseline, the target and a reachable target as shown. For counts the target is the whole
   * number that reaches it, up for an increase and down for a decrease (+20% of 8,101 followers is
   * 9,721.2, so 9,722). Amounts, ratios and durations keep their decimals: at least two, as many as
   * the baseline and the target have (up to six), and more until different numbers print
   * differently (a rate target of 0.058 and a reachable 0.0573 are 0.058 and 0.057, never both
   * 0.06).
   */
  private static String[] shown(Need need, BigDecimal reach) {
    RoundingMode up = need.direction() > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
    if (need.whole()) {
      return new String[] {
        Fmt.number(need.from()), Fmt.number(need.to().setScale(0, up)), Fmt.number(reach)
      };
    }
    int decimals = Math.max(2, Math.max(Fmt.decimalsOf(need.from()), Fmt.decimalsOf(need.to())));
    return Fmt.numbersApart(
        decimals,
        new BigDecimal[] {need.from(), need.to(), reach},
        new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.HALF_EVEN, reachable(need)});
  }

  private static String figure(Need need, double value) {
    if (need.asRate()) {
      return Fmt.percent(need.direction() * value);
    }
    return Fmt.whole(need.direction() * value);
  }
}
