package dev.northstar.smart.statement;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A part of a goal statement the parser could not resolve, or something the statement leaves out:
 * the text concerned (empty when something is missing), why, in the statement's language, and a
 * code for the reason that programs can match on whatever the language.
 *
 * <p>The parser gives each reason's text from {@code reasons_<language>.properties} of its language
 * (English when that file lacks the reason); {@code docs/smart.md} lists the codes.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the words concerned, as written (the span of the statement); empty when the statement
 *     lacks something, not null
 * @param reason what is ambiguous or missing and what to write instead, in the statement's
 *     language; not blank
 * @param part the part of the goal concerned, not null
 * @param code the reason's code, such as {@code no-period}: lower-case letters and digits in words
 *     joined by hyphens, the same in every language; not null
 */
public record UnresolvedPart(String text, String reason, GoalPart part, String code) {

  /** The code of a part made without one. */
  public static final String UNSPECIFIED = "unspecified";

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Obtains a part that concerns no one part of the goal ({@link GoalPart#OTHER}), with the code
   * {@link #UNSPECIFIED}.
   *
   * @param text the words concerned, empty when something is missing
   * @param reason what is ambiguous or missing
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public UnresolvedPart(String text, String reason) {
    this(text, reason, GoalPart.OTHER, UNSPECIFIED);
  }

  /**
   * Obtains a part with the code {@link #UNSPECIFIED}.
   *
   * @param text the words concerned, empty when something is missing
   * @param reason what is ambiguous or missing
   * @param part the part of the goal concerned
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public UnresolvedPart(String text, String reason, GoalPart part) {
    this(text, reason, part, UNSPECIFIED);
  }

  /**
   * Checks the parts.
   *
   * @param text the words concerned, empty when something is missing
   * @param reason what is ambiguous or missing
   * @param part the part of the goal concerned
   * @param code the reason's code
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reason} is blank, or {@code code} is not lower-case
   *     words joined by hyphens
   */
  public UnresolvedPart {
    Objects.requireNonNull(part, "part must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(code, "code must not be null");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code must be lower-case letters and digits in words joined by hyphens, such as"
              + " \"no-period\", not \""
              + code
              + "\"");
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
