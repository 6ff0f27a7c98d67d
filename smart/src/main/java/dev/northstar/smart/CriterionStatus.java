package dev.northstar.smart;

/** How well a goal meets one criterion, from the worst severity among the criterion's findings. */
public enum CriterionStatus {
  /** Every rule of the criterion was switched off, so nothing was judged. */
  NOT_CHECKED,
  /** At least one error: the criterion is not met. */
  NOT_MET,
  /** Warnings but no error: partly met, or not judgeable with what was given. */
  PARTLY_MET,
  /** No warning and no error. */
  MET;

  /**
   * Returns the status that the worst severity of a criterion's findings gives.
   *
   * @param worst the worst severity, or null when the rules found nothing to report
   * @return the status, never null; {@link #MET} for null or {@link Severity#INFO}
   */
  static CriterionStatus fromWorst(@org.jspecify.annotations.Nullable Severity worst) {
    if (worst == Severity.ERROR) {
      return NOT_MET;
    }
    return worst == Severity.WARNING ? PARTLY_MET : MET;
  }
}
