package dev.northstar.core.hierarchy;

import dev.northstar.core.internal.Checks;

/**
 * One thing wrong with a goal hierarchy: its kind, the id of the goal or tactic concerned, and a
 * plain-English message.
 *
 * @param kind what is wrong, not null
 * @param subject the id of the goal or tactic concerned, not null
 * @param message what is wrong in plain English, naming the ids and values, not null
 */
public record HierarchyProblem(Kind kind, String subject, String message)
    implements java.io.Serializable {

  /** The kinds of problem. */
  public enum Kind {
    /** Two goals share an id. */
    DUPLICATE_GOAL_ID,
    /** Two tactics share an id. */
    DUPLICATE_TACTIC_ID,
    /** A goal's parent is not in the hierarchy. */
    DANGLING_PARENT,
    /** A tactic's goal is not in the hierarchy. */
    DANGLING_GOAL,
    /** Following parents from a goal leads back to it. */
    CYCLE,
    /** A goal's parent is of a lower level (a business goal under a social goal). */
    LEVEL_ORDER,
    /** A goal's period is not inside its parent's. */
    PERIOD_OUTSIDE_PARENT,
    /** A tactic's due date is outside its goal's period. */
    DUE_DATE_OUTSIDE_GOAL;

    /**
     * Tells whether a hierarchy with this problem cannot be built at all (as opposed to being built
     * and reported).
     *
     * @return true for duplicate ids, dangling references, cycles and level order
     */
    public boolean isStructural() {
      return this != PERIOD_OUTSIDE_PARENT && this != DUE_DATE_OUTSIDE_GOAL;
    }
  }

  /**
   * Validates the components.
   *
   * @param kind what is wrong, not null
   * @param subject the id of the goal or tactic concerned, not null
   * @param message what is wrong in plain English, not null
   * @throws NullPointerException if a component is null
   */
  public HierarchyProblem {
    Checks.notNull(kind, "kind");
    Checks.notNull(subject, "subject");
    Checks.notNull(message, "message");
  }

  /**
   * Returns the message.
   *
   * @return the message, never null
   */
  @Override
  public String toString() {
    return kind + " " + subject + ": " + message;
  }
}
