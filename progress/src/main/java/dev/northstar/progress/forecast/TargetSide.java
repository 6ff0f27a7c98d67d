package dev.northstar.progress.forecast;

/** Which side of a target counts as reaching it. */
public enum TargetSide {
  /** Reached when the value at the deadline is at least the target (more is better). */
  AT_LEAST,
  /** Reached when the value at the deadline is at most the target (less is better). */
  AT_MOST
}
