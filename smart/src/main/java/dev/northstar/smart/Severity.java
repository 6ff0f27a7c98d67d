package dev.northstar.smart;

/** How much a finding counts against its criterion, from least to most. */
public enum Severity {
  /** Information: the criterion is met; the finding says why or adds a hint. */
  INFO,
  /** Warning: the criterion is only partly met, or cannot be judged. */
  WARNING,
  /** Error: the criterion is not met. */
  ERROR
}
