package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A person or team responsible for a goal or a tactic, such as {@code Brian}.
 *
 * <p>{@link #toString()} is the name and {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Owner implements Comparable<Owner> {

  private final String name;

  private Owner(String name) {
    this.name = name;
  }

  /**
   * Obtains an owner by name; surrounding white space is removed.
   *
   * @param name the name, not blank, at most 200 characters
   * @return the owner, never null
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or too long
   */
  public static Owner of(String name) {
    return new Owner(Checks.text(name, "owner name", 200));
  }

  /**
   * Parses an owner; the same as {@link #of(String)}.
   *
   * @param text the name, not null
   * @return the owner, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank or too long
   */
  public static Owner parse(CharSequence text) {
    return of(Checks.notNull(text, "text").toString());
  }

  /**
   * Returns the name.
   *
   * @return the name, never blank
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Owner other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Owner other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the canonical form, the name.
   *
   * @return the name, never null
   */
  @Override
  public String toString() {
    return name;
  }
}
