package dev.northstar.progress;

/** Why a figure of a {@link Forecast} is missing. */
public enum ForecastNote {
  /** The goal has no target. */
  NO_TARGET("the goal has no target"),
  /** The target needs a baseline, and the goal has none. */
  NO_BASELINE("the target needs a baseline, and the goal has none"),
  /** The goal has no deadline to project to. */
  NO_DEADLINE("the goal has no deadline to project to"),
  /** A trend needs at least two observations on different days up to the reference date. */
  TOO_FEW_OBSERVATIONS("a trend needs at least two observations up to the reference date"),
  /** Compound growth needs every observation to be positive. */
  NON_POSITIVE_VALUES("compound growth needs every observation, and the target, to be positive"),
  /** A band or milestone has no single value to be reached on a date. */
  NO_TARGET_VALUE("a band or a milestone has no single value to reach"),
  /** The trend never reaches the target value. */
  TREND_NEVER_REACHES_TARGET("the trend never reaches the target value"),
  /** The trend reaches the target more than 100 years after the first observation. */
  BEYOND_HORIZON("the trend reaches the target more than 100 years after the first observation"),
  /** The deadline has passed: the goal has a final value and was met or not, and no forecast. */
  PAST_DEADLINE(
      "the deadline has passed: the final value and whether it was met replace a forecast"),
  /** A flow kept below a ceiling has no date on which it reaches it; compare the projection. */
  CEILING_HAS_NO_REACH_DATE(
      "a flow kept below a ceiling has no date on which it reaches it; compare the projection at"
          + " the deadline with the ceiling");

  private final String description;

  ForecastNote(String description) {
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
