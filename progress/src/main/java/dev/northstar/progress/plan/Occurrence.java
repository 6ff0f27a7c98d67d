package dev.northstar.progress.plan;

import dev.northstar.core.tactic.Tactic;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated piece of work: a one-off tactic on its due date, or one occurrence of a recurring
 * tactic.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tactic the tactic, not null
 * @param date the date it is due, not null
 */
public record Occurrence(Tactic tactic, LocalDate date) {

  /**
   * Validates the components.
   *
   * @param tactic the tactic, not null
   * @param date the date it is due, not null
   * @throws NullPointerException if a component is null
   */
  public Occurrence {
    Objects.requireNonNull(tactic, "tactic must not be null");
    Objects.requireNonNull(date, "date must not be null");
  }

  /**
   * Returns the readable form, such as {@code 2026-08-30 sponsored-post}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return date + " " + tactic.id();
  }
}
