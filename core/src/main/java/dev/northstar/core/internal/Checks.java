package dev.northstar.core.internal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the value types' factories, so every message has the same shape: the
 * field, the rejected value and what is allowed.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value} if it is not null.
   *
   * @param value the value to check, may be null
   * @param field the name of the field, for the message
   * @param <T> the value's type
   * @return {@code value}
   * @throws NullPointerException naming {@code field} if {@code value} is null
   */
  public static <T> T notNull(@Nullable T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /**
   * Returns {@code value} stripped of surrounding white space if it is not blank.
   *
   * @param value the text to check
   * @param field the name of the field, for the message
   * @param maxLength the longest allowed length after stripping
   * @return the stripped text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the text is blank or longer than {@code maxLength}
   */
  public static String text(@Nullable String value, String field, int maxLength) {
    String stripped = notNull(value, field).strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (stripped.length() > maxLength) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + maxLength
              + " characters, but was "
              + stripped.length()
              + ": '"
              + abbreviate(stripped)
              + "'");
    }
    return stripped;
  }

  /**
   * Returns {@code value} if it matches {@code pattern}.
   *
   * @param value the text to check
   * @param field the name of the field, for the message
   * @param pattern the allowed form
   * @param allowed a human description of the allowed form
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} does not match
   */
  public static String matches(
      @Nullable String value, String field, Pattern pattern, String allowed) {
    String checked = notNull(value, field);
    if (!pattern.matcher(checked).matches()) {
      throw new IllegalArgumentException(
          field + " must be " + allowed + ", but was '" + abbreviate(checked) + "'");
    }
    return checked;
  }

  /**
   * Returns {@code value} if it is strictly positive.
   *
   * @param value the number to check
   * @param field the name of the field, for the message
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is zero or negative
   */
  public static BigDecimal positive(@Nullable BigDecimal value, String field) {
    BigDecimal checked = notNull(value, field);
    if (checked.signum() <= 0) {
      throw new IllegalArgumentException(
          field + " must be greater than 0, but was " + abbreviate(checked.toString()));
    }
    return checked;
  }

  /**
   * Returns {@code value} if it lies in {@code [min, max]}.
   *
   * @param value the number to check
   * @param field the name of the field, for the message
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is outside the range
   */
  public static int inRange(int value, String field, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", but was " + value);
    }
    return value;
  }

  /**
   * Shortens long text for an error message, so hostile input cannot flood a log.
   *
   * @param text the text to shorten
   * @return the text, cut to at most 80 characters with an ellipsis
   */
  public static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
