package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a goal aims for. One of six kinds:
 *
 * <ul>
 *   <li>{@link ChangeByPercent}: increase or decrease by a percent of the baseline ("increase by
 *       20%");
 *   <li>{@link ChangeTo}: increase or decrease to a value ("increase to 5000");
 *   <li>{@link Multiply}: multiply the baseline ("double" is {@code multiply by 2});
 *   <li>{@link Total}: reach a cumulative count within the goal's period ("500 leads");
 *   <li>{@link Band}: stay above, below or within a band ("response time below 60");
 *   <li>{@link Milestone}: done or not ("sign three influencers").
 * </ul>
 *
 * <p>Every kind's {@code toString()} is its canonical text, such as {@code increase by 20%}, and
 * {@link #parse(CharSequence)} reads it back to an equal target. Numbers are kept exact and in a
 * canonical form, so {@code 20} and {@code 20.0} make equal targets.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Target
    permits Target.ChangeByPercent,
        Target.ChangeTo,
        Target.Multiply,
        Target.Total,
        Target.Band,
        Target.Milestone {

  /** Whether a change goes up or down. */
  enum Direction {
    /** Upwards. */
    INCREASE,
    /** Downwards. */
    DECREASE;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Tells whether the target is relative to a baseline (a percent change or a multiple), so that it
   * cannot be judged without one.
   *
   * @return true for {@link ChangeByPercent} and {@link Multiply}
   */
  boolean isRelative();

  /**
   * Returns a target to increase by a percent of the baseline.
   *
   * @param percent the percent, greater than 0 (20 means 20%)
   * @return the target, never null
   * @throws IllegalArgumentException if {@code percent} is not positive
   */
  static Target increaseByPercent(BigDecimal percent) {
    return new ChangeByPercent(Direction.INCREASE, percent);
  }

  /**
   * Returns a target to increase by a whole percent of the baseline.
   *
   * @param percent the percent, greater than 0 (20 means 20%)
   * @return the target, never null
   * @throws IllegalArgumentException if {@code percent} is not positive
   */
  static Target increaseByPercent(long percent) {
    return increaseByPercent(BigDecimal.valueOf(percent));
  }

  /**
   * Returns a target to decrease by a percent of the baseline.
   *
   * @param percent the percent, greater than 0 and at most 100
   * @return the target, never null
   * @throws IllegalArgumentException if {@code percent} is out of range
   */
  static Target decreaseByPercent(BigDecimal percent) {
    return new ChangeByPercent(Direction.DECREASE, percent);
  }

  /**
   * Returns a target to increase to a value.
   *
   * @param value the value to reach, not null
   * @return the target, never null
   */
  static Target increaseTo(BigDecimal value) {
    return new ChangeTo(Direction.INCREASE, value);
  }

  /**
   * Returns a target to decrease to a value.
   *
   * @param value the value to reach, not null
   * @return the target, never null
   */
  static Target decreaseTo(BigDecimal value) {
    return new ChangeTo(Direction.DECREASE, value);
  }

  /**
   * Returns a target to multiply the baseline: 2 doubles it, 0.5 halves it.
   *
   * @param factor the factor, greater than 0 and not 1
   * @return the target, never null
   * @throws IllegalArgumentException if {@code factor} is not positive or is 1
   */
  static Target multiplyBy(BigDecimal factor) {
    return new Multiply(factor);
  }

  /**
   * Returns a target to double the baseline.
   *
   * @return {@code multiply by 2}, never null
   */
  static Target doubling() {
    return new Multiply(BigDecimal.valueOf(2));
  }

  /**
   * Returns a target to reach a cumulative count within the goal's period, such as 500 leads.
   *
   * @param count the count, greater than 0
   * @return the target, never null
   * @throws IllegalArgumentException if {@code count} is not positive
   */
  static Target total(BigDecimal count) {
    return new Total(count);
  }

  /**
   * Returns a target to reach a whole cumulative count within the goal's period.
   *
   * @param count the count, greater than 0
   * @return the target, never null
   * @throws IllegalArgumentException if {@code count} is not positive
   */
  static Target total(long count) {
    return total(BigDecimal.valueOf(count));
  }

  /**
   * Returns a target to stay at or above a value.
   *
   * @param lower the lowest acceptable value, not null
   * @return the target, never null
   */
  static Target stayAbove(BigDecimal lower) {
    return new Band(Checks.notNull(lower, "lower"), null);
  }

  /**
   * Returns a target to stay at or below a value.
   *
   * @param upper the highest acceptable value, not null
   * @return the target, never null
   */
  static Target stayBelow(BigDecimal upper) {
    return new Band(null, Checks.notNull(upper, "upper"));
  }

  /**
   * Returns a target to stay within a band, ends included.
   *
   * @param lower the lowest acceptable value, not null
   * @param upper the highest acceptable value, not null, greater than {@code lower}
   * @return the target, never null
   * @throws IllegalArgumentException if {@code upper} is not greater than {@code lower}
   */
  static Target stayWithin(BigDecimal lower, BigDecimal upper) {
    return new Band(Checks.notNull(lower, "lower"), Checks.notNull(upper, "upper"));
  }

  /**
   * Returns a milestone target: done or not.
   *
   * @return the milestone, never null
   */
  static Target milestone() {
    return new Milestone();
  }

  /**
   * Parses a target's canonical text: {@code increase by 20%}, {@code decrease by 5.5%}, {@code
   * increase to 5000}, {@code decrease to 2.5}, {@code multiply by 2}, {@code total 500}, {@code
   * stay above 100}, {@code stay below 60}, {@code stay within 10 and 20}, {@code milestone}.
   * Letters may be in any case and spaces repeated.
   *
   * @param text the text, not null
   * @return the target, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is none of these forms, or a number is out of
   *     range for its kind
   */
  static Target parse(CharSequence text) {
    return TargetParser.parse(Checks.notNull(text, "text").toString());
  }

  /**
   * Increase or decrease by a percent of the baseline.
   *
   * @param direction up or down, not null
   * @param percent the percent, greater than 0 (20 means 20%); at most 100 for a decrease
   */
  record ChangeByPercent(Direction direction, BigDecimal percent) implements Target {
    /**
     * Validates and canonicalises the components.
     *
     * @param direction up or down, not null
     * @param percent the percent, greater than 0; at most 100 for a decrease
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public ChangeByPercent {
      Checks.notNull(direction, "direction");
      percent = Numbers.canonical(Checks.positive(percent, "percent"), "percent");
      if (direction == Direction.DECREASE && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException(
            "percent of a decrease must be at most 100, but was " + percent.toPlainString());
      }
    }

    @Override
    public boolean isRelative() {
      return true;
    }

    @Override
    public String toString() {
      return direction.word() + " by " + percent.toPlainString() + "%";
    }
  }

  /**
   * Increase or decrease to a value.
   *
   * @param direction up or down, not null
   * @param value the value to reach, not null
   */
  record ChangeTo(Direction direction, BigDecimal value) implements Target {
    /**
     * Validates and canonicalises the components.
     *
     * @param direction up or down, not null
     * @param value the value to reach, not null
     */
    public ChangeTo {
      Checks.notNull(direction, "direction");
      value = Numbers.canonical(value, "value");
    }

    @Override
    public boolean isRelative() {
      return false;
    }

    @Override
    public String toString() {
      return direction.word() + " to " + value.toPlainString();
    }
  }

  /**
   * Multiply the baseline by a factor: 2 doubles it.
   *
   * @param factor the factor, greater than 0 and not 1
   */
  record Multiply(BigDecimal factor) implements Target {
    /**
     * Validates and canonicalises the factor.
     *
     * @param factor the factor, greater than 0 and not 1
     * @throws IllegalArgumentException if the factor is not positive or is 1
     */
    public Multiply {
      factor = Numbers.canonical(Checks.positive(factor, "factor"), "factor");
      if (factor.compareTo(BigDecimal.ONE) == 0) {
        throw new IllegalArgumentException("factor must not be 1 (that is no change)");
      }
    }

    @Override
    public boolean isRelative() {
      return true;
    }

    @Override
    public String toString() {
      return "multiply by " + factor.toPlainString();
    }
  }

  /**
   * Reach a cumulative count within the goal's period, such as 500 new leads.
   *
   * @param count the count, greater than 0
   */
  record Total(BigDecimal count) implements Target {
    /**
     * Validates and canonicalises the count.
     *
     * @param count the count, greater than 0
     * @throws IllegalArgumentException if the count is not positive
     */
    public Total {
      count = Numbers.canonical(Checks.positive(count, "count"), "count");
    }

    @Override
    public boolean isRelative() {
      return false;
    }

    @Override
    public String toString() {
      return "total " + count.toPlainString();
    }
  }

  /**
   * Stay at or above a lower bound, at or below an upper bound, or both.
   *
   * @param lower the lowest acceptable value, or null for none
   * @param upper the highest acceptable value, or null for none
   */
  record Band(@Nullable BigDecimal lower, @Nullable BigDecimal upper) implements Target {
    /**
     * Validates and canonicalises the bounds.
     *
     * @param lower the lowest acceptable value, or null for none
     * @param upper the highest acceptable value, or null for none
     * @throws IllegalArgumentException if both bounds are null, or upper is not above lower
     */
    public Band {
      if (lower == null && upper == null) {
        throw new IllegalArgumentException("a band needs a lower bound, an upper bound, or both");
      }
      lower = lower == null ? null : Numbers.canonical(lower, "lower");
      upper = upper == null ? null : Numbers.canonical(upper, "upper");
      if (lower != null && upper != null && upper.compareTo(lower) <= 0) {
        throw new IllegalArgumentException(
            "upper must be greater than lower, but lower was "
                + lower.toPlainString()
                + " and upper "
                + upper.toPlainString());
      }
    }

    /**
     * Tells whether a value lies in the band, bounds included.
     *
     * @param value the value, not null
     * @return whether {@code value} is acceptable
     */
    public boolean contains(BigDecimal value) {
      Checks.notNull(value, "value");
      return (lower == null || value.compareTo(lower) >= 0)
          && (upper == null || value.compareTo(upper) <= 0);
    }

    @Override
    public boolean isRelative() {
      return false;
    }

    @Override
    public String toString() {
      if (upper == null) {
        return "stay above " + Checks.notNull(lower, "lower").toPlainString();
      }
      if (lower == null) {
        return "stay below " + upper.toPlainString();
      }
      return "stay within " + lower.toPlainString() + " and " + upper.toPlainString();
    }
  }

  /** A milestone: done or not, such as signing three influencers. */
  record Milestone() implements Target {
    @Override
    public boolean isRelative() {
      return false;
    }

    @Override
    public String toString() {
      return "milestone";
    }
  }
}
