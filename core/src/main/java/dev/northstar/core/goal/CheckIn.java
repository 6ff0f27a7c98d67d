package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A value of a goal's number reported by a person on a date, with a note and how confident they are
 * of reaching the target (0 to 10, as OKR tools ask). Progress uses check-ins where no metric data
 * measures the goal: influencers signed, a launch shipped.
 *
 * <p>The value is what the goal measures at the date: the count to date for a flow, the level for a
 * stock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckIn implements Comparable<CheckIn> {

  /** The highest confidence. */
  public static final int MAX_CONFIDENCE = 10;

  private final LocalDate date;
  private final BigDecimal value;
  private final @Nullable Owner author;
  private final String note;
  private final int confidence;

  private CheckIn(
      LocalDate date, BigDecimal value, @Nullable Owner author, String note, int confidence) {
    this.date = date;
    this.value = value;
    this.author = author;
    this.note = note;
    this.confidence = confidence;
  }

  /**
   * Obtains a check-in with a value only.
   *
   * @param date the date, not null
   * @param value the goal's number at the date, not null, at most 40 significant digits
   * @return the check-in, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value has too many digits
   */
  public static CheckIn of(LocalDate date, BigDecimal value) {
    return new CheckIn(
        Checks.notNull(date, "check-in date"),
        Numbers.canonical(Checks.notNull(value, "check-in value"), "check-in value"),
        null,
        "",
        -1);
  }

  /**
   * Returns a copy with an author.
   *
   * @param author who checked in, or null for nobody named
   * @return the copy, never null
   */
  public CheckIn withAuthor(@Nullable Owner author) {
    return new CheckIn(date, value, author, note, confidence);
  }

  /**
   * Returns a copy with a note.
   *
   * @param note the note, not null, at most 2,000 characters; stripped
   * @return the copy, never null
   * @throws NullPointerException if {@code note} is null
   * @throws IllegalArgumentException if the note is too long
   */
  public CheckIn withNote(String note) {
    String n = Checks.notNull(note, "check-in note").strip();
    if (n.length() > 2000) {
      throw new IllegalArgumentException(
          "check-in note must be at most 2000 characters, but had " + n.length());
    }
    return new CheckIn(date, value, author, n, confidence);
  }

  /**
   * Returns a copy with a confidence.
   *
   * @param confidence from 0 (no chance) to {@value #MAX_CONFIDENCE} (certain)
   * @return the copy, never null
   * @throws IllegalArgumentException if the confidence is out of range
   */
  public CheckIn withConfidence(int confidence) {
    return new CheckIn(
        date,
        value,
        author,
        note,
        Checks.inRange(confidence, "check-in confidence", 0, MAX_CONFIDENCE));
  }

  /**
   * Returns the date.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns who checked in.
   *
   * @return the author, or empty if nobody is named
   */
  public Optional<Owner> author() {
    return Optional.ofNullable(author);
  }

  /**
   * Returns the note.
   *
   * @return the note, possibly empty, never null
   */
  public String note() {
    return note;
  }

  /**
   * Returns the confidence.
   *
   * @return from 0 to 10, or empty if not given
   */
  public OptionalInt confidence() {
    return confidence < 0 ? OptionalInt.empty() : OptionalInt.of(confidence);
  }

  /** Orders by date, then by value. */
  @Override
  public int compareTo(CheckIn other) {
    int c = date.compareTo(other.date);
    return c != 0 ? c : value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CheckIn c
        && c.date.equals(date)
        && c.value.equals(value)
        && Objects.equals(c.author, author)
        && c.note.equals(note)
        && c.confidence == confidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, value, author, note, confidence);
  }

  /**
   * Returns a summary such as {@code 2 on 2026-08-15 by Brian (confidence 7): "two signed"}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(value.toPlainString()).append(" on ").append(date);
    if (author != null) {
      s.append(" by ").append(author);
    }
    if (confidence >= 0) {
      s.append(" (confidence ").append(confidence).append(')');
    }
    if (!note.isEmpty()) {
      s.append(": \"").append(note).append('"');
    }
    return s.toString();
  }
}
