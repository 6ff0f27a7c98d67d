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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

  /**
   * Rolls up every objective of a hierarchy, that is every goal with children, in one pass: each
   * goal's progress is rolled up once and reused by the goals above it, so a hierarchy of any shape
   * and depth takes time and memory linear in its number of goals.
   *
   * @param hierarchy the goals, not null
   * @param progressByGoal the measured progress of any goals, not null, no null keys or values
   * @param method how to combine, not null
   * @return the roll-up of every goal with children, keyed by its id, in the hierarchy's goal
   *     order; unmodifiable, never null
   * @throws NullPointerException if an argument is null
   */
  public static Map<GoalId, Rollup> ofEvery(
      GoalHierarchy hierarchy, Map<GoalId, GoalProgress> progressByGoal, RollupMethod method) {
    Decimals.notNull(hierarchy, "hierarchy");
    Decimals.notNull(progressByGoal, "progressByGoal");
    Decimals.notNull(method, "method");
    Map<GoalId, Rollup> all = new HashMap<>();
    List<Goal> topDown = topDown(hierarchy, hierarchy.roots(), g -> true);
    for (int i = topDown.size() - 1; i >= 0; i--) {
      GoalId id = topDown.get(i).id();
      if (!hierarchy.children(id).isEmpty()) {
        all.put(id, rollUpOne(hierarchy, id, progressByGoal, method, all));
      }
    }
    Map<GoalId, Rollup> ordered = new LinkedHashMap<>();
    for (Goal g : hierarchy.goals()) {
      Rollup r = all.get(g.id());
      if (r != null) {
        ordered.put(g.id(), r);
      }
    }
    return Collections.unmodifiableMap(ordered);
  }

  /**
   * The goals below the starts, parents before children, descending only into goals that pass the
   * filter: a queue of its own instead of recursion, since a chain of goals may be any length.
   */
  private static List<Goal> topDown(
      GoalHierarchy hierarchy, List<Goal> starts, Predicate<Goal> descend) {
    List<Goal> order = new ArrayList<>(starts);
    for (int i = 0; i < order.size(); i++) {
      for (Goal child : hierarchy.children(order.get(i).id())) {
        if (descend.test(child)) {
          order.add(child);
        }
      }
    }
    return order;
  }

  private static Rollup rollUp(
      GoalHierarchy hierarchy,
      GoalId objective,
      Map<GoalId, GoalProgress> progressByGoal,
      RollupMethod method) {
    // the goals that need a roll-up of their own: no progress figure, but children
    Predicate<Goal> rolledUpFirst =
        child ->
            ownProgress(progressByGoal.get(child.id())).isEmpty()
                && !hierarchy.children(child.id()).isEmpty();
    Goal top = hierarchy.goal(objective).orElseThrow();
    List<Goal> topDown = topDown(hierarchy, List.of(top), rolledUpFirst);
    Map<GoalId, Rollup> below = new HashMap<>();
    for (int i = topDown.size() - 1; i >= 0; i--) {
      GoalId id = topDown.get(i).id();
      below.put(id, rollUpOne(hierarchy, id, progressByGoal, method, below));
    }
    return Objects.requireNonNull(below.get(objective));
  }

  private static Optional<BigDecimal> ownProgress(@Nullable GoalProgress measured) {
    return measured == null ? Optional.empty() : measured.clampedProgress();
  }

  /** One goal's roll-up, from the roll-ups of its children already made. */
  private static Rollup rollUpOne(
      GoalHierarchy hierarchy,
      GoalId objective,
      Map<GoalId, GoalProgress> progressByGoal,
      RollupMethod method,
      Map<GoalId, Rollup> done) {
    List<ChildProgress> inputs = new ArrayList<>();
    Set<GoalId> rolledUp = new HashSet<>();
    for (Goal child : hierarchy.children(objective)) {
      GoalProgress measured = progressByGoal.get(child.id());
      Optional<BigDecimal> own = ownProgress(measured);
      if (own.isPresent()) {
        inputs.add(ChildProgress.of(child.id(), child.weight(), own.get()));
        continue;
      }
      // An objective often has no measurable target of its own: then its children speak for it.
      String why = measured == null ? "no progress given" : reason(measured);
      Rollup below = done.get(child.id());
      if (below != null) {
        BigDecimal p = below.progress;
        if (p != null) {
          inputs.add(ChildProgress.of(child.id(), child.weight(), p));
          rolledUp.add(child.id());
          continue;
        }
        why = why + "; " + NO_CHILD_WITH_DATA + ": " + shortly(below.lacking);
      }
      inputs.add(ChildProgress.lacking(child.id(), child.weight(), why));
    }
    return combine(objective, inputs, method, rolledUp);
  }

  private static final String NO_CHILD_WITH_DATA = "no child with data";

  /**
   * The children that lacked data, each with its own reason but not the reasons below it, so that
   * the reasons of a deep chain stay short: "[c (no progress given; no child with data)]".
   */
  private static String shortly(List<Lack> lacking) {
    StringBuilder s = new StringBuilder("[");
    for (Lack lack : lacking) {
      if (s.length() > 1) {
        s.append(", ");
      }
      String reason = lack.reason();
      int nested = reason.indexOf("; " + NO_CHILD_WITH_DATA + ": ");
      s.append(lack.goal()).append(" (");
      s.append(nested < 0 ? reason : reason.substring(0, nested) + "; " + NO_CHILD_WITH_DATA);
      s.append(')');
    }
    return s.append(']').toString();
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
    return combine(objective, inputs, method, Set.of());
  }

  private static Rollup combine(
      GoalId objective, List<ChildProgress> inputs, RollupMethod method, Set<GoalId> rolledUp) {
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
