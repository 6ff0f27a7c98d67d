package dev.northstar.core.tactic;

import dev.northstar.core.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a tactic, such as {@code list-100-influencers}.
 *
 * <p>A letter or digit followed by up to 99 letters, digits, {@code _}, {@code -} or {@code .}.
 * {@link #toString()} is the id and {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TacticId implements Comparable<TacticId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

  private final String value;

  private TacticId(String value) {
    this.value = value;
  }

  /**
   * Obtains a tactic id.
   *
   * @param value the id, not null
   * @return the id, never null
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static TacticId of(String value) {
    return new TacticId(
        Checks.matches(
            value, "tactic id", FORM, "a letter or digit followed by up to 99 of [A-Za-z0-9_.-]"));
  }

  /**
   * Parses a tactic id; the same as {@link #of(String)}.
   *
   * @param text the id, not null
   * @return the id, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a valid id
   */
  public static TacticId parse(CharSequence text) {
    return of(Checks.notNull(text, "text").toString());
  }

  /**
   * Returns the id's text.
   *
   * @return the id, never null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TacticId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TacticId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form, the id's text.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return value;
  }
}
