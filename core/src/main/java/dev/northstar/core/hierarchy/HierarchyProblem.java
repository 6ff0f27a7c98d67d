package dev.northstar.core.hierarchy;

import dev.northstar.core.internal.Checks;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a goal hierarchy: its kind, the id of the goal or tactic concerned, and a
 * plain-English message.
 *
 * <p>This class is immutable, thread-safe and serializable, so a {@link HierarchyException} keeps
 * its problems when it crosses a process boundary.
 */
public final class HierarchyProblem implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** What is wrong. */
  private final Kind kind;

  /** The id of the goal or tactic concerned. */
  private final String subject;

  /** What is wrong in plain English, naming the ids and values. */
  private final String message;

  /**
   * Creates a problem.
   *
   * @param kind what is wrong, not null
   * @param subject the id of the goal or tactic concerned, not null
   * @param message what is wrong in plain English, naming the ids and values, not null
   * @throws NullPointerException if an argument is null
   */
  public HierarchyProblem(Kind kind, String subject, String message) {
    this.kind = Checks.notNull(kind, "kind");
    this.subject = Checks.notNull(subject, "subject");
    this.message = Checks.notNull(message, "message");
  }

  /**
   * Returns what is wrong.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id of the goal or tactic concerned.
   *
   * @return the subject, never null
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns what is wrong in plain English.
   *
   * @return the message, never null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof HierarchyProblem other
        && other.kind == kind
        && other.subject.equals(subject)
        && other.message.equals(message);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + subject.hashCode()) * 31 + message.hashCode();
  }

  /**
   * Returns the kind, the subject and the message, such as {@code CYCLE a: goals form a cycle}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return kind + " " + subject + ": " + message;
  }
}
