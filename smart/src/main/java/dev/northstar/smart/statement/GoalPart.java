package dev.northstar.smart.statement;

/** The parts of a goal a statement names, for confidences and unresolved parts. */
public enum GoalPart {
  /** What is measured. */
  METRIC,
  /** The platforms, campaign, page and product. */
  SCOPE,
  /** How much, with the baseline when the statement gives one. */
  TARGET,
  /** When. */
  PERIOD,
  /** Anything else: quotes, tags, the statement as a whole. */
  OTHER
}
