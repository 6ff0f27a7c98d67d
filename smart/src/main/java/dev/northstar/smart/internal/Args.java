package dev.northstar.smart.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks whose messages name the field, the bad value and what is allowed. */
public final class Args {

  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
  private static final int MAX_RULE_ID = 100;

  private Args() {}

  /**
   * Checks that a value is not null.
   *
   * @param value the value
   * @param name the field's name, for the message
   * @param <T> the value's type
   * @return the value
   * @throws NullPointerException naming the field if {@code value} is null
   */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /**
   * Checks that a text is not blank and not too long.
   *
   * @param value the text
   * @param name the field's name, for the message
   * @param max the most characters allowed
   * @return the text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the text is blank or too long
   */
  public static String text(String value, String name, int max) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          name + " must be at most " + max + " characters, but was " + value.length());
    }
    return value;
  }

  /**
   * Checks a rule id: lower-case words of {@code [a-z0-9-]} joined by dots, such as {@code
   * achievable.growth}, at most 100 characters.
   *
   * @param id the id
   * @return the id
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the id has another form
   */
  public static String ruleId(String id) {
    notNull(id, "rule id");
    if (id.length() > MAX_RULE_ID || !RULE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id must be lower-case words of [a-z0-9-] joined by dots, at most "
              + MAX_RULE_ID
              + " characters (such as achievable.growth), but was \""
              + id
              + "\"");
    }
    return id;
  }

  /**
   * Checks that an int lies in a range.
   *
   * @param value the value
   * @param name the field's name, for the message
   * @param min the least allowed
   * @param max the most allowed
   * @return the value
   * @throws IllegalArgumentException if the value is out of range
   */
  public static int inRange(int value, String name, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be from " + min + " to " + max + ", but was " + value);
    }
    return value;
  }
}
