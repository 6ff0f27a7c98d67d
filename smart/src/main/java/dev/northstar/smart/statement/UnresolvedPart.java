package dev.northstar.smart.statement;

import java.util.Objects;

/**
 * A part of a goal statement the parser could not resolve, or something the statement leaves out:
 * the text concerned (empty when something is missing) and why, in plain English.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the words concerned, as written (the span of the statement); empty when the statement
 *     lacks something, not null
 * @param reason what is ambiguous or missing and what to write instead; not blank
 * @param part the part of the goal concerned, not null
 */
public record UnresolvedPart(String text, String reason, GoalPart part) {

  /**
   * Obtains a part that concerns no one part of the goal ({@link GoalPart#OTHER}).
   *
   * @param text the words concerned, empty when something is missing
   * @param reason what is ambiguous or missing
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public UnresolvedPart(String text, String reason) {
    this(text, reason, GoalPart.OTHER);
  }

  /**
   * Checks the parts.
   *
   * @param text the words concerned, empty when something is missing
   * @param reason what is ambiguous or missing
   * @param part the part of the goal concerned
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public UnresolvedPart {
    Objects.requireNonNull(part, "part must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /**
   * Returns the part as {@code "text": reason}, or just the reason when the text is empty.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text.isEmpty() ? reason : "\"" + text + "\": " + reason;
  }
}
