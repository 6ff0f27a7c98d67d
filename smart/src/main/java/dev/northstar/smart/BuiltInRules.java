package dev.northstar.smart;

import dev.northstar.smart.internal.Rules;
import java.util.List;

/**
 * The ids of the built-in rules, and the rules themselves. Each id starts with its criterion's
 * label; {@code docs/smart.md} describes what each rule checks and its thresholds.
 */
public final class BuiltInRules {

  /** Specific: a metric is named. */
  public static final String SPECIFIC_METRIC = "specific.metric";

  /** Specific: the scope names the platforms, or says "all" explicitly. */
  public static final String SPECIFIC_PLATFORMS = "specific.platforms";

  /** Specific: the statement is not vague (it has a number, no filler words alone). */
  public static final String SPECIFIC_NOT_VAGUE = "specific.not-vague";

  /** Specific: a category is set. */
  public static final String SPECIFIC_CATEGORY = "specific.category";

  /** Measurable: a numeric target in the metric's unit. */
  public static final String MEASURABLE_TARGET = "measurable.target";

  /** Measurable: a baseline is known where the target is relative to one. */
  public static final String MEASURABLE_BASELINE = "measurable.baseline";

  /** Measurable: the target differs from the baseline, in the stated direction. */
  public static final String MEASURABLE_CHANGE = "measurable.change";

  /** Measurable: the metric is known and reported on every platform of the scope. */
  public static final String MEASURABLE_AVAILABILITY = "measurable.availability";

  /** Achievable: the required monthly growth against the observed growth of recent months. */
  public static final String ACHIEVABLE_GROWTH = "achievable.growth";

  /**
   * Achievable: the probability of reaching the target by the deadline, from a forecast of the
   * metric's daily history.
   */
  public static final String ACHIEVABLE_FORECAST = "achievable.forecast";

  /** Relevant: the goal serves a business or marketing objective. */
  public static final String RELEVANT_ALIGNED = "relevant.aligned";

  /** Relevant: the metric suits the goal's category. */
  public static final String RELEVANT_METRIC_FITS_CATEGORY = "relevant.metric-fits-category";

  /** Relevant: the goal's period lies inside its parent's. */
  public static final String RELEVANT_WITHIN_PARENT_PERIOD = "relevant.within-parent-period";

  /** Time-bound: a deadline exists and follows the start. */
  public static final String TIME_BOUND_DEADLINE = "time-bound.deadline";

  /** Time-bound: the duration is between the configured minimum and maximum. */
  public static final String TIME_BOUND_DURATION = "time-bound.duration";

  /** Time-bound: the deadline is not already past at the reference date. */
  public static final String TIME_BOUND_NOT_PAST = "time-bound.not-past";

  private BuiltInRules() {}

  /**
   * Returns the built-in rules, ordered by criterion and then id.
   *
   * @return an unmodifiable list of new rule instances, never null
   */
  public static List<Rule> all() {
    return Rules.all();
  }

  /**
   * Returns the ids of the built-in rules, in the order of {@link #all()}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<String> ids() {
    return all().stream().map(Rule::id).toList();
  }
}
