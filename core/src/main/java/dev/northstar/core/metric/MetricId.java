package dev.northstar.core.metric;

import dev.northstar.core.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a metric definition, such as {@code followers}, {@code err} or {@code
 * acme.discount_redemptions}.
 *
 * <p>An id is lower case: a letter, then letters, digits, {@code _}, {@code -} or {@code .}, at
 * most 64 characters. Plugin authors should prefix their ids with a namespace and a dot ({@code
 * acme.}) so they cannot collide with the built-ins. {@link #toString()} is the canonical form and
 * {@code MetricId.parse(id.toString())} returns an equal id.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class MetricId implements Comparable<MetricId>, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  private final String value;

  private MetricId(String value) {
    this.value = value;
  }

  /** Deserialization goes through the factory, so a tampered stream cannot break the form. */
  private Object readResolve() {
    return of(value);
  }

  /**
   * Obtains a metric id from its text.
   *
   * @param value the id, not null
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static MetricId of(String value) {
    return new MetricId(
        Checks.matches(
            value, "metric id", FORM, "a lower-case letter followed by up to 63 of [a-z0-9_.-]"));
  }

  /**
   * Parses a metric id from its canonical form; the same as {@link #of(String)}.
   *
   * @param text the id, not null
   * @return the id
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a valid id
   */
  public static MetricId parse(CharSequence text) {
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
  public int compareTo(MetricId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MetricId other && other.value.equals(value);
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
