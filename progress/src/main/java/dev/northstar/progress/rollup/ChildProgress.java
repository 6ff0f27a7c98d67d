package dev.northstar.progress.rollup;

import dev.northstar.core.goal.GoalId;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One child's input to a {@link Rollup}: its weight and its progress, or the reason it has none.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChildProgress {

  private final GoalId goal;
  private final BigDecimal weight;
  private final @Nullable BigDecimal progress;
  private final @Nullable String lackReason;

  private ChildProgress(
      GoalId goal, BigDecimal weight, @Nullable BigDecimal progress, @Nullable String lackReason) {
    this.goal = goal;
    this.weight = weight;
    this.progress = progress;
    this.lackReason = lackReason;
  }

  /**
   * Obtains a child with progress.
   *
   * @param goal the child's id, not null
   * @param weight its weight in the roll-up, not null, greater than 0
   * @param progress its progress, not null; the roll-up uses it as given (clamp it first to follow
   *     the OKR convention)
   * @return the child, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code weight} is not positive
   */
  public static ChildProgress of(GoalId goal, BigDecimal weight, BigDecimal progress) {
    return new ChildProgress(
        Decimals.notNull(goal, "goal"),
        positive(weight),
        Decimals.notNull(progress, "progress"),
        null);
  }

  /**
   * Obtains a child that lacks data.
   *
   * @param goal the child's id, not null
   * @param weight its weight in the roll-up, not null, greater than 0
   * @param reason why it has no progress, not null, such as {@code "NO_DATA"}
   * @return the child, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code weight} is not positive
   */
  public static ChildProgress lacking(GoalId goal, BigDecimal weight, String reason) {
    return new ChildProgress(
        Decimals.notNull(goal, "goal"), positive(weight), null, Decimals.notNull(reason, "reason"));
  }

  private static BigDecimal positive(@Nullable BigDecimal weight) {
    BigDecimal w = Decimals.notNull(weight, "weight");
    if (w.signum() <= 0) {
      throw new IllegalArgumentException(
          "weight must be greater than 0, but was " + w.toPlainString());
    }
    return Decimals.canonical(w);
  }

  /**
   * Returns the child's id.
   *
   * @return the id, never null
   */
  public GoalId goal() {
    return goal;
  }

  /**
   * Returns the child's weight.
   *
   * @return the weight, greater than 0
   */
  public BigDecimal weight() {
    return weight;
  }

  /**
   * Returns the child's progress.
   *
   * @return the progress, or empty if the child lacks data
   */
  public Optional<BigDecimal> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Returns why the child has no progress.
   *
   * @return the reason, or empty if it has progress
   */
  public Optional<String> lackReason() {
    return Optional.ofNullable(lackReason);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ChildProgress o
        && o.goal.equals(goal)
        && o.weight.equals(weight)
        && Objects.equals(o.progress, progress)
        && Objects.equals(o.lackReason, lackReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(goal, weight, progress, lackReason);
  }

  /**
   * Returns a readable form, such as {@code fb-leads 0.5 (weight 2)} or {@code fb-reach lacking:
   * NO_DATA (weight 1)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String figure = progress != null ? progress.toPlainString() : "lacking: " + lackReason;
    return goal + " " + figure + " (weight " + weight.toPlainString() + ")";
  }
}
