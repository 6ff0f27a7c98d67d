package dev.northstar.smart.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of parsing a goal statement: the drafts found and the parts left unresolved.
 *
 * <p>This record is immutable and thread-safe: its lists are unmodifiable copies.
 *
 * @param statement the statement as given, not null
 * @param referenceDate the date relative periods were resolved against, not null
 * @param drafts the goal drafts, one per goal the statement names; empty only for a blank
 *     statement; not null
 * @param unresolved what was ambiguous or missing, in the order found; not null
 */
public record ParsedStatement(
    String statement,
    LocalDate referenceDate,
    List<GoalDraft> drafts,
    List<UnresolvedPart> unresolved) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param statement the statement as given
   * @param referenceDate the date relative periods were resolved against
   * @param drafts the goal drafts
   * @param unresolved what was ambiguous or missing
   * @throws NullPointerException if an argument or an element is null
   */
  public ParsedStatement {
    Objects.requireNonNull(statement, "statement must not be null");
    Objects.requireNonNull(referenceDate, "referenceDate must not be null");
    drafts = List.copyOf(drafts);
    unresolved = List.copyOf(unresolved);
  }

  /**
   * Tells whether everything was resolved.
   *
   * @return true if {@link #unresolved()} is empty
   */
  public boolean isComplete() {
    return unresolved.isEmpty();
  }

  /**
   * Returns the drafts and unresolved parts on several lines, for people and JShell.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("\"").append(statement).append("\" (as of ");
    s.append(referenceDate).append(')');
    drafts.forEach(d -> s.append("\n  ").append(d));
    unresolved.forEach(u -> s.append("\n  unresolved: ").append(u));
    return s.toString();
  }
}
