package dev.northstar.cli.evaluate;

import dev.northstar.cli.text.Numbers;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressNote;
import dev.northstar.progress.ProgressStatus;
import dev.northstar.progress.forecast.ForecastBand;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The forecast cells of a goal: the projection and whether it reaches the target before the
 * deadline; after it, "final" and whether the target was met.
 */
public final class Outcome {

  private Outcome() {}

  /**
   * The goal's chances on what it measures; none past the deadline, without enough daily data, or
   * for what the outlook cannot forecast faithfully (rates, flows per window, check-ins).
   *
   * @param e the goal measured, not null
   * @param asOf the date judged at, not null
   * @return the outlook, or empty
   */
  public static Optional<GoalOutlook> outlook(GoalEvaluation e, LocalDate asOf) {
    return e.measure().flatMap(m -> e.progress().flatMap(p -> GoalOutlook.of(m, p, asOf)));
  }

  /**
   * Says why a goal that is measured and not yet past its deadline has no outlook, such as {@code
   * "15 consecutive days of data up to 2026-08-20; a forecast needs at least 21"}.
   *
   * @param e the goal measured, not null
   * @param asOf the date judged at, not null
   * @return the reason, or empty if the goal has an outlook, is past its deadline or is not
   *     measured (its {@code noData} says why)
   */
  public static Optional<String> noForecast(GoalEvaluation e, LocalDate asOf) {
    if (isFinal(e)) {
      return Optional.empty();
    }
    return e.measure().flatMap(m -> e.progress().flatMap(p -> GoalOutlook.whyNone(m, p, asOf)));
  }

  /**
   * Returns the probability of reaching the target as a whole percent, such as {@code 23%}.
   *
   * @param o the outlook, not null
   * @return the text, never null
   */
  public static String probability(GoalOutlook o) {
    return String.format(Locale.ENGLISH, "%.0f%%", 100 * o.probability());
  }

  /**
   * Returns the 80% range at the deadline, such as {@code 10,115..10,199}.
   *
   * @param b the deadline's band, not null
   * @return the text, never null
   */
  public static String range80(ForecastBand b) {
    return range80(b, false);
  }

  /**
   * Returns the 80% range at the deadline, whole for a goal that counts whole things.
   *
   * @param b the deadline's band, not null
   * @param whole whether the goal's metric counts whole things ({@link WholeCounts#counts})
   * @return the text, never null
   */
  public static String range80(ForecastBand b, boolean whole) {
    return range80(b, whole, Optional.empty());
  }

  /**
   * Returns the 80% range at the deadline, whole for counts, and a ratio's (a rate's) as percents,
   * as its current value is shown.
   *
   * @param b the deadline's band, not null
   * @param whole whether the goal's metric counts whole things ({@link WholeCounts#counts})
   * @param unit the goal's unit as {@link GoalEvaluation#unit()} gives it, not null
   * @return the text, never null
   */
  public static String range80(ForecastBand b, boolean whole, Optional<String> unit) {
    Optional<String> percent = unit.filter("%"::equals);
    return Numbers.inUnit(Optional.of(round(b.lower80(), whole)), percent)
        + ".."
        + Numbers.inUnit(Optional.of(round(b.upper80(), whole)), percent);
  }

  /**
   * Rounds a forecast figure to four significant digits, whole from 1,000.
   *
   * @param v a finite value
   * @return the rounded value, never null
   */
  public static BigDecimal round(double v) {
    return round(v, false);
  }

  /**
   * Rounds a forecast figure to four significant digits, whole from 1,000 and for counts.
   *
   * @param v a finite value
   * @param whole whether the figure counts whole things
   * @return the rounded value, never null
   */
  public static BigDecimal round(double v, boolean whole) {
    BigDecimal d = new BigDecimal(v);
    return whole || Math.abs(v) >= 1000
        ? d.setScale(0, RoundingMode.HALF_EVEN)
        : d.round(new MathContext(4)).stripTrailingZeros();
  }

  /**
   * Tells whether the goal's deadline has passed, so its value is final.
   *
   * @param e the goal measured, not null
   * @return true after the deadline
   */
  public static boolean isFinal(GoalEvaluation e) {
    return e.progress().map(p -> p.notes().contains(ProgressNote.FINAL)).orElse(false);
  }

  /**
   * Returns the projection at the deadline, or "final" after it.
   *
   * @param e the goal measured, not null
   * @return the text, never null
   */
  public static String forecast(GoalEvaluation e) {
    if (isFinal(e)) {
      return "final";
    }
    return Numbers.inUnit(e.forecast().flatMap(Forecast::projectedAtDeadline), e.unit());
  }

  /**
   * Returns "yes" or "no" for a forecast, "met" or "not met" after the deadline, "-" when unknown.
   *
   * @param e the goal measured, not null
   * @return the text, never null
   */
  public static String byDeadline(GoalEvaluation e) {
    if (isFinal(e)) {
      ProgressStatus s = e.progress().map(GoalProgress::status).orElse(ProgressStatus.UNDEFINED);
      return s == ProgressStatus.ACHIEVED ? "met" : s == ProgressStatus.MISSED ? "not met" : "-";
    }
    return e.forecast()
        .flatMap(Forecast::reachesTargetByDeadline)
        .map(b -> b ? "yes" : "no")
        .orElse("-");
  }

  /**
   * Returns the dates the current value covers: the window's start to the data's last date.
   *
   * @param e the goal measured, not null
   * @return the text, "-" when not measured over a window
   */
  public static String over(GoalEvaluation e) {
    Optional<GoalProgress> p = e.progress();
    if (p.isEmpty() || p.get().window().isEmpty() || p.get().asOf().isEmpty()) {
      return "-";
    }
    return p.get().window().get().start() + ".." + p.get().asOf().get();
  }
}
