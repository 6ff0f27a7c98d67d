package dev.northstar.smart;

/** The overall verdict of a SMART report. */
public enum Verdict {
  /** Every checked criterion is met. */
  SMART,
  /** No criterion is failed, but at least one is only partly met. */
  NEEDS_WORK,
  /** At least one criterion is not met. */
  NOT_SMART
}
