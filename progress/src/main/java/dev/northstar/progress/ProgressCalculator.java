package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Target.Band;
import dev.northstar.core.goal.Target.ChangeTo;
import dev.northstar.core.goal.Target.Direction;
import dev.northstar.core.goal.Target.Milestone;
import dev.northstar.core.goal.Target.Total;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.progress.GoalProgress.Draft;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Works out the figures of a {@link GoalProgress}; see {@code docs/progress.md}. */
final class ProgressCalculator {

  private ProgressCalculator() {}

  /** Where the observations come from: a series, or one value current at the cut-off date. */
  private interface Source {
    /** The observations from {@code start} (or the beginning, if null) to {@code cutoff}. */
    List<Observation> within(@Nullable LocalDate start, LocalDate cutoff);

    /** Whether this is a real series, which needs a start to know which days count. */
    boolean isSeries();

    /** Whether the data stops before {@code date}: no observation on or after it. */
    boolean endsBefore(LocalDate date);
  }

  static Draft fromSeries(Goal goal, MetricSeries series, LocalDate ref, ProgressPolicy policy) {
    Source source =
        new Source() {
          @Override
          public List<Observation> within(@Nullable LocalDate start, LocalDate cutoff) {
            List<Observation> part = new ArrayList<>();
            for (Observation o : series.observations()) {
              if ((start == null || !o.date().isBefore(start)) && !o.date().isAfter(cutoff)) {
                part.add(o);
              }
            }
            return part;
          }

          @Override
          public boolean isSeries() {
            return true;
          }

          @Override
          public boolean endsBefore(LocalDate date) {
            return series.last().map(o -> o.date().isBefore(date)).orElse(true);
          }
        };
    return compute(goal, source, ref, policy);
  }

  static Draft fromValue(Goal goal, BigDecimal value, LocalDate ref, ProgressPolicy policy) {
    BigDecimal canonical = Decimals.canonical(value);
    Source source =
        new Source() {
          @Override
          public List<Observation> within(@Nullable LocalDate start, LocalDate cutoff) {
            return List.of(Observation.of(cutoff, canonical));
          }

          @Override
          public boolean isSeries() {
            return false;
          }

          @Override
          public boolean endsBefore(LocalDate date) {
            return false;
          }
        };
    return compute(goal, source, ref, policy);
  }

  private static Draft compute(Goal goal, Source source, LocalDate ref, ProgressPolicy policy) {
    Draft d = new Draft(goal.id(), ref);
    Target target = goal.target().orElse(null);
    if (target == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_TARGET);
    }
    d.target = target;
    BigDecimal baseline = goal.baseline().map(Baseline::value).orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    LocalDate start = startOf(goal, deadline);
    if (target instanceof Total || target instanceof Milestone) {
      d.baselineValue = BigDecimal.ZERO;
    } else if (!(target instanceof Band)) {
      d.baselineValue = baseline;
    }
    d.targetValue = TargetValues.targetValue(target, baseline).orElse(null);
    if (start != null && ref.isBefore(start)) {
      return d.status(ProgressStatus.NOT_STARTED, ProgressNote.NOT_STARTED);
    }
    // After the deadline, the data up to the deadline decides.
    LocalDate cutoff = deadline != null && deadline.isBefore(ref) ? deadline : ref;
    if (target instanceof Total total) {
      return total(d, total, source, start, cutoff, deadline, policy);
    }
    if (target instanceof Band band) {
      return band(d, band, source, start, cutoff, deadline, policy);
    }
    if (target instanceof Milestone) {
      return milestone(d, source, start, cutoff, deadline);
    }
    return level(d, target, baseline, source, start, cutoff, deadline, policy);
  }

  /** The goal's start, or its baseline's date when no start is set, if not after the deadline. */
  private static @Nullable LocalDate startOf(Goal goal, @Nullable LocalDate deadline) {
    LocalDate start = goal.start().or(() -> goal.baseline().map(Baseline::asOf)).orElse(null);
    return start != null && deadline != null && start.isAfter(deadline) ? null : start;
  }

  /**
   * Takes the latest observation up to the cut-off, and notes when the data stops before the
   * cut-off. A sparse series that goes on past the cut-off (weekly data, say) has not ended: its
   * latest observation is then simply the value known at the cut-off.
   */
  private static Observation latest(
      Draft d, List<Observation> observations, Source source, LocalDate cutoff) {
    Observation latest = observations.get(observations.size() - 1);
    d.asOf = latest.date();
    if (latest.date().isBefore(cutoff) && source.endsBefore(cutoff)) {
      d.notes.add(ProgressNote.SERIES_ENDS_EARLY);
    }
    return latest;
  }

  /**
   * Tells whether the data covers the whole period: the reference date is past the deadline and the
   * data reaches it, or the latest observation is on the deadline itself.
   */
  static boolean periodCovered(Draft d, @Nullable LocalDate deadline) {
    LocalDate asOf = d.asOf;
    if (deadline == null || asOf == null) {
      return false;
    }
    return !asOf.isBefore(deadline)
        || (d.referenceDate.isAfter(deadline) && !d.notes.contains(ProgressNote.SERIES_ENDS_EARLY));
  }

  private static Draft level(
      Draft d,
      Target target,
      @Nullable BigDecimal baseline,
      Source source,
      @Nullable LocalDate start,
      LocalDate cutoff,
      @Nullable LocalDate deadline,
      ProgressPolicy policy) {
    List<Observation> observations = source.within(start, cutoff);
    if (observations.isEmpty()) {
      return d.status(ProgressStatus.NO_DATA, ProgressNote.NO_OBSERVATIONS);
    }
    BigDecimal current = latest(d, observations, source, cutoff).value();
    d.currentValue = current;
    BigDecimal targetValue = d.targetValue;
    if (baseline == null || targetValue == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_BASELINE);
    }
    if (target instanceof ChangeTo c && contradicts(c.direction(), baseline, targetValue)) {
      d.notes.add(ProgressNote.DIRECTION_CONTRADICTS_BASELINE);
    }
    BigDecimal progress =
        Decimals.divide(current.subtract(baseline), targetValue.subtract(baseline)).orElse(null);
    if (progress == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.BASELINE_EQUALS_TARGET);
    }
    d.progress = progress;
    return judge(d, start, deadline, false, policy);
  }

  static boolean contradicts(Direction direction, BigDecimal baseline, BigDecimal value) {
    int c = value.compareTo(baseline);
    return direction == Direction.INCREASE ? c < 0 : c > 0;
  }

  private static Draft total(
      Draft d,
      Total total,
      Source source,
      @Nullable LocalDate start,
      LocalDate cutoff,
      @Nullable LocalDate deadline,
      ProgressPolicy policy) {
    if (source.isSeries() && start == null) {
      // Without a start we cannot tell which observations belong to the period.
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_PERIOD);
    }
    List<Observation> observations = source.within(start, cutoff);
    if (observations.isEmpty()) {
      return d.status(ProgressStatus.NO_DATA, ProgressNote.NO_OBSERVATIONS);
    }
    latest(d, observations, source, cutoff);
    BigDecimal sum = BigDecimal.ZERO;
    for (Observation o : observations) {
      sum = sum.add(o.value());
    }
    d.currentValue = Decimals.canonical(sum);
    d.progress = Decimals.divide(sum, total.count()).orElseThrow();
    return judge(d, start, deadline, true, policy);
  }

  /** Sets the expected progress and pace ratio, then the status of a level or total target. */
  private static Draft judge(
      Draft d,
      @Nullable LocalDate start,
      @Nullable LocalDate deadline,
      boolean cumulative,
      ProgressPolicy policy) {
    LocalDate asOf = Decimals.notNull(d.asOf, "asOf");
    BigDecimal expected =
        start != null && deadline != null ? expected(start, deadline, asOf, cumulative) : null;
    return judgeAgainst(d, expected, deadline, policy);
  }

  /**
   * Sets the expected progress (when known) and the pace ratio, then the status: achieved at 1 or
   * more; after the deadline missed if the data reaches it; without an expectation undefined; else
   * by the policy's classification of the pace.
   */
  static Draft judgeAgainst(
      Draft d, @Nullable BigDecimal expected, @Nullable LocalDate deadline, ProgressPolicy policy) {
    BigDecimal progress = Decimals.notNull(d.progress, "progress");
    if (expected != null) {
      d.expectedProgress = expected;
      d.paceRatio = Decimals.divide(progress, expected).orElse(null);
      if (d.paceRatio == null) {
        d.notes.add(ProgressNote.NOTHING_EXPECTED_YET);
      }
    }
    if (progress.compareTo(BigDecimal.ONE) >= 0) {
      return d.status(ProgressStatus.ACHIEVED);
    }
    if (deadline != null && d.referenceDate.isAfter(deadline)) {
      // Missed only if the data reaches the deadline; otherwise we do not know.
      return d.status(periodCovered(d, deadline) ? ProgressStatus.MISSED : ProgressStatus.NO_DATA);
    }
    if (expected == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_PERIOD);
    }
    BigDecimal pace = d.paceRatio;
    if (pace == null) {
      return d.status(progress.signum() >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.AT_RISK);
    }
    return d.status(policy.classify(pace));
  }

  /**
   * The progress expected on a linear pace at {@code asOf}. A level moves over the intervals
   * between days, so it is expected at 0 on the start and at 1 on the deadline; a total counts
   * whole days, so by the end of the first day one day's share is expected.
   */
  static BigDecimal expected(
      LocalDate start, LocalDate deadline, LocalDate asOf, boolean cumulative) {
    LocalDate at = asOf.isBefore(start) ? start : asOf.isAfter(deadline) ? deadline : asOf;
    long elapsed = ChronoUnit.DAYS.between(start, at);
    long length = ChronoUnit.DAYS.between(start, deadline);
    if (cumulative) {
      elapsed++;
      length++;
    }
    return Decimals.divide(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(length))
        .orElse(BigDecimal.ONE);
  }

  private static Draft band(
      Draft d,
      Band band,
      Source source,
      @Nullable LocalDate start,
      LocalDate cutoff,
      @Nullable LocalDate deadline,
      ProgressPolicy policy) {
    if (start == null || deadline == null) {
      d.notes.add(ProgressNote.NO_PERIOD);
    }
    List<Observation> observations = source.within(start, cutoff);
    if (observations.isEmpty()) {
      return d.status(ProgressStatus.NO_DATA, ProgressNote.NO_OBSERVATIONS);
    }
    Observation latest = latest(d, observations, source, cutoff);
    int inBand = 0;
    for (Observation o : observations) {
      if (band.contains(o.value())) {
        inBand++;
      }
    }
    BigDecimal share =
        Decimals.divide(BigDecimal.valueOf(inBand), BigDecimal.valueOf(observations.size()))
            .orElseThrow();
    boolean latestInBand = band.contains(latest.value());
    d.band = new BandCompliance(observations.size(), inBand, share, latestInBand);
    d.progress = share;
    BigDecimal required = policy.bandRequiredShare();
    d.expectedProgress = required;
    BigDecimal pace = Decimals.divide(share, required).orElseThrow();
    d.paceRatio = pace;
    if (!latestInBand) {
      d.notes.add(ProgressNote.LATEST_OUTSIDE_BAND);
    }
    if (periodCovered(d, deadline)) {
      return d.status(
          share.compareTo(required) >= 0 ? ProgressStatus.ACHIEVED : ProgressStatus.MISSED);
    }
    if (deadline != null && d.referenceDate.isAfter(deadline)) {
      return d.status(ProgressStatus.NO_DATA);
    }
    ProgressStatus status = policy.classify(pace);
    // A band broken right now is at risk, however good the record so far.
    return d.status(
        !latestInBand && status == ProgressStatus.ON_TRACK ? ProgressStatus.AT_RISK : status);
  }

  private static Draft milestone(
      Draft d,
      Source source,
      @Nullable LocalDate start,
      LocalDate cutoff,
      @Nullable LocalDate deadline) {
    List<Observation> observations = source.within(start, cutoff);
    if (observations.isEmpty()) {
      return d.status(ProgressStatus.NO_DATA, ProgressNote.NO_OBSERVATIONS);
    }
    Observation latest = latest(d, observations, source, cutoff);
    d.currentValue = latest.value();
    boolean done = latest.value().signum() > 0;
    d.progress = done ? BigDecimal.ONE : BigDecimal.ZERO;
    if (done) {
      return d.status(ProgressStatus.ACHIEVED);
    }
    if (deadline != null && d.referenceDate.isAfter(deadline)) {
      return d.status(periodCovered(d, deadline) ? ProgressStatus.MISSED : ProgressStatus.NO_DATA);
    }
    return d.status(ProgressStatus.ON_TRACK, ProgressNote.MILESTONE_HAS_NO_PACE);
  }
}
