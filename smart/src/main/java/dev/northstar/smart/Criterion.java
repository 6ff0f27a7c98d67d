package dev.northstar.smart;

/** The five SMART criteria, in the order of the acronym. */
public enum Criterion {
  /** Specific: names exactly what (a metric) and where (the platforms). */
  SPECIFIC('S', "specific"),
  /** Measurable: a number in the metric's unit, measurable on every platform concerned. */
  MEASURABLE('M', "measurable"),
  /** Achievable: realistic against the account's history. */
  ACHIEVABLE('A', "achievable"),
  /** Relevant: serves a business or marketing objective. */
  RELEVANT('R', "relevant"),
  /** Time-bound: a deadline, a sensible duration, not already past. */
  TIME_BOUND('T', "time-bound");

  private final char letter;
  private final String label;

  Criterion(char letter, String label) {
    this.letter = letter;
    this.label = label;
  }

  /**
   * Returns the criterion's letter in the acronym.
   *
   * @return one of {@code S M A R T}
   */
  public char letter() {
    return letter;
  }

  /**
   * Returns the criterion's name in plain English, such as "time-bound".
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
