package dev.northstar.progress.rollup;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressNote;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An objective's progress combined from its children's, saying which children counted, which lacked
 * data, and the method used.
 *
 * <p>From a hierarchy, each child's {@linkplain GoalProgress#clampedProgress() clamped progress}
 * counts, weighted by {@link Goal#weight()}: clamping follows the OKR convention that a grade stops
 * at 1, so one child far beyond its target cannot hide another's shortfall. A child without a
 * progress figure of its own (not in the map, or undefined, such as an objective without a target)
 * but with children is rolled up first, by the same method. Children without data are listed in
 * {@link #lacking()} with the reason and left out; they are not counted as zero.
 *
 * <pre>{@code
 * Rollup r = Rollup.of(hierarchy, GoalId.of("launch"), progressByGoal, RollupMethod.WEIGHTED_MEAN);
 * r.progress();  // Optional[0.62]
 * r.lacking();   // [fb-reach (NO_DATA)]
 * }</pre>
 *
 * <p>Quotients have 16 significant digits; sums and products are exact, so scaling every weight by
 * the same factor gives the same result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rollup {

  private final GoalId objective;
  private final RollupMethod method;
  private final @Nullable BigDecimal progress;
  private final List<Contribution> counted;
  private final List<Lack> lacking;
  private final @Nullable GoalId decidedBy;

  private Rollup(
      GoalId objective,
      RollupMethod method,
      @Nullable BigDecimal progress,
      List<Contribution> counted,
      List<Lack> lacking,
      @Nullable GoalId decidedBy) {
    this.objective = objective;
    this.method = method;
    this.progress = progress;
    this.counted = List.copyOf(counted);
    this.lacking = List.copyOf(lacking);
    this.decidedBy = decidedBy;
  }

  /**
   * Rolls up an objective's progress over the hierarchy.
   *
   * @param hierarchy the goals, not null
   * @param objective the objective's id, not null, a goal of the hierarchy
   * @param progressByGoal the measured progress of any goals, not null, no null keys or values;
   *     goals not in it are rolled up from their children or reported as lacking data
   * @param method how to combine, not null
   * @return the roll-up, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code objective} is not in the hierarchy
   */
  public static Rollup of(
      GoalHierarchy hierarchy,
      GoalId objective,
      Map<GoalId, GoalProgress> progressByGoal,
      RollupMethod method) {
    Decimals.notNull(hierarchy, "hierarchy");
    Decimals.notNull(objective, "objective");
    Decimals.notNull(progressByGoal, "progressByGoal");
    Decimals.notNull(method, "method");
    if (hierarchy.goal(objective).isEmpty()) {
      throw new IllegalArgumentException(
          "objective must be a goal of the hierarchy, but '" + objective + "' is not");
    }
    return rollUp(hierarchy, objective, progressByGoal, method);
  }

  private static Rollup rollUp(
      GoalHierarchy hierarchy,
      GoalId objective,
      Map<GoalId, GoalProgress> progressByGoal,
      RollupMethod method) {
    List<ChildProgress> inputs = new ArrayList<>();
    List<GoalId> rolledUp = new ArrayList<>();
    for (Goal child : hierarchy.children(objective)) {
      GoalProgress measured = progressByGoal.get(child.id());
      Optional<BigDecimal> own = measured == null ? Optional.empty() : measured.clampedProgress();
      if (own.isPresent()) {
        inputs.add(ChildProgress.of(child.id(), child.weight(), own.get()));
        continue;
      }
      // An objective often has no measurable target of its own: then its children speak for it.
      String why = measured == null ? "no progress given" : reason(measured);
      if (!hierarchy.children(child.id()).isEmpty()) {
        Rollup below = rollUp(hierarchy, child.id(), progressByGoal, method);
        BigDecimal p = below.progress;
        if (p != null) {
          inputs.add(ChildProgress.of(child.id(), child.weight(), p));
          rolledUp.add(child.id());
          continue;
        }
        why = why + "; no child with data: " + below.lacking;
      }
      inputs.add(ChildProgress.lacking(child.id(), child.weight(), why));
    }
    return combine(objective, inputs, method, rolledUp);
  }

  /** The status and notes of a progress without a figure, such as "NO_DATA: ...". */
  private static String reason(GoalProgress measured) {
    String why =
        measured.notes().stream().map(ProgressNote::description).collect(Collectors.joining("; "));
    return measured.status() + (why.isEmpty() ? "" : ": " + why);
  }

  /**
   * Combines children's progress given directly, without a hierarchy.
   *
   * @param objective the objective's id, not null
   * @param children the children, not null, no nulls, in the order to report them
   * @param method how to combine, not null
   * @return the roll-up, never null; its progress is empty if no child has progress
   * @throws NullPointerException if an argument or a child is null
   */
  public static Rollup of(
      GoalId objective, Collection<ChildProgress> children, RollupMethod method) {
    Decimals.notNull(objective, "objective");
    Decimals.notNull(children, "children");
    Decimals.notNull(method, "method");
    List<ChildProgress> inputs = new ArrayList<>();
    for (ChildProgress c : children) {
      inputs.add(Decimals.notNull(c, "child"));
    }
    return combine(objective, inputs, method, List.of());
  }

  private static Rollup combine(
      GoalId objective, List<ChildProgress> inputs, RollupMethod method, List<GoalId> rolledUp) {
    List<ChildProgress> withData = new ArrayList<>();
    List<Lack> lacking = new ArrayList<>();
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (ChildProgress c : inputs) {
      if (c.progress().isPresent()) {
        withData.add(c);
        totalWeight = totalWeight.add(c.weight());
      } else {
        lacking.add(new Lack(c.goal(), c.lackReason().orElse("no progress")));
      }
    }
    if (withData.isEmpty()) {
      return new Rollup(objective, method, null, List.of(), lacking, null);
    }
    List<Contribution> counted = new ArrayList<>();
    BigDecimal weightedSum = BigDecimal.ZERO;
    ChildProgress decider = withData.get(0);
    for (ChildProgress c : withData) {
      BigDecimal p = c.progress().orElseThrow();
      BigDecimal share = Decimals.divide(c.weight(), totalWeight).orElseThrow();
      counted.add(new Contribution(c.goal(), p, c.weight(), share, rolledUp.contains(c.goal())));
      weightedSum = weightedSum.add(c.weight().multiply(p));
      int versus = p.compareTo(decider.progress().orElseThrow());
      if (method == RollupMethod.AND_MINIMUM ? versus < 0 : versus > 0) {
        decider = c;
      }
    }
    if (method == RollupMethod.WEIGHTED_MEAN) {
      BigDecimal mean = Decimals.divide(weightedSum, totalWeight).orElseThrow();
      return new Rollup(objective, method, mean, counted, lacking, null);
    }
    BigDecimal extreme = Decimals.canonical(decider.progress().orElseThrow());
    return new Rollup(objective, method, extreme, counted, lacking, decider.goal());
  }

  /**
   * Returns the objective's id.
   *
   * @return the id, never null
   */
  public GoalId objective() {
    return objective;
  }

  /**
   * Returns how the children were combined.
   *
   * @return the method, never null
   */
  public RollupMethod method() {
    return method;
  }

  /**
   * Returns the objective's progress.
   *
   * @return the combined progress, or empty if no child had data
   */
  public Optional<BigDecimal> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Returns the children that counted, in the hierarchy's order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Contribution> counted() {
    return counted;
  }

  /**
   * Returns the children left out for lack of data, in the hierarchy's order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Lack> lacking() {
    return lacking;
  }

  /**
   * Returns the child whose progress is the result of a minimum or maximum (the first such child on
   * a tie).
   *
   * @return the child's id, or empty for a weighted mean or when no child had data
   */
  public Optional<GoalId> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Rollup o
        && o.objective.equals(objective)
        && o.method == method
        && Objects.equals(o.progress, progress)
        && o.counted.equals(counted)
        && o.lacking.equals(lacking)
        && Objects.equals(o.decidedBy, decidedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objective, method, progress, counted, lacking, decidedBy);
  }

  /**
   * Returns a readable summary, such as {@code Rollup[launch WEIGHTED_MEAN 0.62 from 2 of 3
   * children, lacking [fb-reach (NO_DATA)]]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Rollup[").append(objective).append(' ').append(method);
    s.append(' ').append(progress == null ? "no progress" : progress.toPlainString());
    s.append(" from ").append(counted.size()).append(" of ");
    s.append(counted.size() + lacking.size()).append(" children");
    if (decidedBy != null) {
      s.append(", decided by ").append(decidedBy);
    }
    if (!lacking.isEmpty()) {
      s.append(", lacking ").append(lacking);
    }
    return s.append(']').toString();
  }
}
