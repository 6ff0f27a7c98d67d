package dev.northstar.progress;

/**
 * Why a figure of a {@link GoalProgress} is missing or should be read with care. Missing data is
 * reported with these notes rather than guessed.
 */
public enum ProgressNote {
  /** The goal has no target, so there is nothing to measure progress towards. */
  NO_TARGET("the goal has no target"),
  /** The target is relative to a baseline or changes one, and the goal has none. */
  NO_BASELINE("the target needs a baseline, and the goal has none"),
  /** The goal lacks a start (and a baseline date) or a deadline, so no pace can be expected. */
  NO_PERIOD("the goal has no start or no deadline, so no pace can be expected"),
  /** The reference date is before the goal's start. */
  NOT_STARTED("the reference date is before the goal's start"),
  /** No observation falls within the goal's period up to the reference date. */
  NO_OBSERVATIONS("no observation falls within the goal's period up to the reference date"),
  /** The series ends before the reference date (or the deadline, if that is earlier). */
  SERIES_ENDS_EARLY(
      "the series ends before the reference date or the deadline; figures are as of its last"
          + " observation"),
  /** The target value equals the baseline, so the fraction of the way is undefined. */
  BASELINE_EQUALS_TARGET("the target value equals the baseline, so progress is undefined"),
  /** On the start date no progress is expected yet, so the pace ratio is undefined. */
  NOTHING_EXPECTED_YET("no progress is expected yet on the start date, so the pace is undefined"),
  /** A milestone is done or not; it has no pace to be behind. */
  MILESTONE_HAS_NO_PACE("a milestone is done or not and has no pace"),
  /** An increase target lies below the baseline, or a decrease target above it. */
  DIRECTION_CONTRADICTS_BASELINE(
      "the target's direction disagrees with its baseline: an increase to a lower value or a"
          + " decrease to a higher one"),
  /** The latest observation of a band target lies outside the band. */
  LATEST_OUTSIDE_BAND("the latest observation lies outside the band"),
  /** A non-additive flow such as reach was summed over days: "summed reach", not unique people. */
  SUMMED_OVER_DAYS(
      "summed over days: a sum of daily unique counts (\"summed reach\"), not the people reached in"
          + " the window"),
  /**
   * A non-additive flow's value (the current one, the baseline period's, or both) is the platform's
   * own figure for its dates, such as a month's unique reach, not a sum of days.
   */
  PLATFORM_FIGURE("the platform's own unique count for the period, not a sum of days"),
  /**
   * The goal's baseline period is not over at the reference date or has no data, so the goal's
   * baseline number, if any, is used.
   */
  BASELINE_PERIOD_WITHOUT_DATA(
      "the baseline period is not over at the reference date, or has no data"),
  /** The goal is measured by its check-ins, since no metric data measures it. */
  FROM_CHECK_INS("measured by the goal's check-ins, as no metric data measures it"),
  /** The deadline has passed: the value is final and the status says whether it was met. */
  FINAL("the deadline has passed: the value is final");

  private final String description;

  ProgressNote(String description) {
    this.description = description;
  }

  /**
   * Returns an English sentence fragment explaining the note.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }
}
