package dev.northstar.progress;

/**
 * Where a goal stands at a reference date.
 *
 * <p>The pace statuses ({@link #ON_TRACK}, {@link #AT_RISK}, {@link #OFF_TRACK}) compare the actual
 * progress with the progress expected on a linear pace, using the tolerances of a {@link
 * ProgressPolicy}. The others say why no pace was judged.
 */
public enum ProgressStatus {
  /** The reference date is before the goal's start. */
  NOT_STARTED,
  /** The pace ratio is at least the policy's on-track tolerance. */
  ON_TRACK,
  /** The pace ratio is below the on-track tolerance but at least the at-risk tolerance. */
  AT_RISK,
  /** The pace ratio is below the at-risk tolerance. */
  OFF_TRACK,
  /** The target is reached: progress is at least 1 (for a band, at the end of the period). */
  ACHIEVED,
  /** The deadline has passed, the data reaches it, and the target was not reached. */
  MISSED,
  /** No observation was available to judge the goal; see the notes for why. */
  NO_DATA,
  /**
   * The goal cannot be judged as stated: no target, no baseline for a relative target, a target
   * equal to its baseline, or no period to pace against; see the notes.
   */
  UNDEFINED;

  /**
   * Tells whether this status is a judgement of pace within the goal's period.
   *
   * @return true for {@link #ON_TRACK}, {@link #AT_RISK} and {@link #OFF_TRACK}
   */
  public boolean isPace() {
    return this == ON_TRACK || this == AT_RISK || this == OFF_TRACK;
  }
}
