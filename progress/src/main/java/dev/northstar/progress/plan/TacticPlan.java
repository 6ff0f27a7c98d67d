package dev.northstar.progress.plan;

import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.tactic.Quadrant;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.internal.Decimals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tactics of a goal as a plan: in the order to work on them, with overdue tactics, recurring
 * tactics expanded into dated occurrences, and the load per owner.
 *
 * <p>The order is by {@link Quadrant} (1, high value and low complexity, first; tactics without a
 * priority after quadrant 4), then by due date (tactics without one, such as recurring tactics,
 * after those with one), then by id.
 *
 * <pre>{@code
 * TacticPlan plan = TacticPlan.of(hierarchy, GoalId.of("find-influencers"));
 * plan.tactics();                                  // quadrant 1 first
 * plan.loadPerOwner(DateRange.ofMonth(YearMonth.of(2017, 2)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TacticPlan {

  /** Quadrant, then due date, then id; unassessed and undated tactics last. */
  private static final Comparator<Tactic> PLAN_ORDER =
      Comparator.comparingInt((Tactic t) -> t.quadrant().map(Quadrant::number).orElse(5))
          .thenComparing(TacticPlan::compareDue)
          .thenComparing(Tactic::id);

  private final List<Tactic> tactics;

  /** Earlier due dates first; a tactic without a due date after every one with. */
  private static int compareDue(Tactic a, Tactic b) {
    Optional<LocalDate> x = a.due();
    Optional<LocalDate> y = b.due();
    if (x.isPresent() && y.isPresent()) {
      return x.get().compareTo(y.get());
    }
    return Boolean.compare(x.isEmpty(), y.isEmpty());
  }

  private TacticPlan(List<Tactic> tactics) {
    this.tactics = tactics;
  }

  /**
   * Plans the given tactics.
   *
   * @param tactics the tactics, not null, no nulls
   * @return the plan, never null
   * @throws NullPointerException if the collection or a tactic is null
   * @throws IllegalArgumentException if two tactics have the same id
   */
  public static TacticPlan of(Collection<Tactic> tactics) {
    Decimals.notNull(tactics, "tactics");
    List<Tactic> sorted = new ArrayList<>();
    for (Tactic t : tactics) {
      sorted.add(Decimals.notNull(t, "tactic"));
    }
    Set<TacticId> seen = new HashSet<>();
    for (Tactic t : sorted) {
      if (!seen.add(t.id())) {
        throw new IllegalArgumentException(
            "tactics must have distinct ids, but '" + t.id() + "' occurs twice");
      }
    }
    sorted.sort(PLAN_ORDER);
    return new TacticPlan(List.copyOf(sorted));
  }

  /**
   * Plans the tactics of one goal of a hierarchy.
   *
   * @param hierarchy the hierarchy, not null
   * @param goal the goal's id, not null
   * @return the plan, never null; empty if the goal has no tactics or is not in the hierarchy
   * @throws NullPointerException if an argument is null
   */
  public static TacticPlan of(GoalHierarchy hierarchy, GoalId goal) {
    Decimals.notNull(hierarchy, "hierarchy");
    return of(hierarchy.tacticsOf(Decimals.notNull(goal, "goal")));
  }

  /**
   * Returns the tactics in plan order: by quadrant, then due date, then id.
   *
   * @return an unmodifiable list, never null
   */
  public List<Tactic> tactics() {
    return tactics;
  }

  /**
   * Returns the one-off tactics due before a date and not done or dropped by then ({@link
   * Tactic#isOverdueAt(LocalDate)}), in plan order. Recurring tactics are never overdue here, since
   * core records no completion of their occurrences.
   *
   * @param referenceDate the date, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code referenceDate} is null
   */
  public List<Tactic> overdueAt(LocalDate referenceDate) {
    return overdueAt(referenceDate, Set.of());
  }

  /**
   * Returns the one-off tactics overdue at a date ({@link Tactic#isOverdueAt(LocalDate)}) and not
   * among the ids given as done, in plan order.
   *
   * @param referenceDate the date, not null
   * @param done the ids of tactics already done, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if an argument is null
   */
  public List<Tactic> overdueAt(LocalDate referenceDate, Set<TacticId> done) {
    Decimals.notNull(referenceDate, "referenceDate");
    Decimals.notNull(done, "done");
    List<Tactic> overdue = new ArrayList<>();
    for (Tactic t : tactics) {
      if (t.isOverdueAt(referenceDate) && !done.contains(t.id())) {
        overdue.add(t);
      }
    }
    return List.copyOf(overdue);
  }

  /**
   * Lists the dated work within a period: one-off tactics due in it and every occurrence of the
   * recurring ones, sorted by date, then plan order.
   *
   * @param period the period, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if a recurrence holds more than 100,000 occurrences in the
   *     period
   */
  public List<Occurrence> occurrencesWithin(DateRange period) {
    Decimals.notNull(period, "period");
    List<Occurrence> all = new ArrayList<>();
    for (Tactic t : tactics) {
      LocalDate due = t.due().orElse(null);
      if (due != null && period.contains(due)) {
        all.add(new Occurrence(t, due));
      }
      t.recurrence()
          .ifPresent(r -> r.occurrencesWithin(period).forEach(d -> all.add(new Occurrence(t, d))));
    }
    // A stable sort keeps plan order among occurrences of one date.
    all.sort(Comparator.comparing(Occurrence::date));
    return List.copyOf(all);
  }

  /**
   * Returns each owner's occurrences within a period, owners in alphabetical order. Owners with no
   * occurrence in the period are left out; so is the work of tactics without an owner (see {@link
   * #unownedWithin(DateRange)}).
   *
   * @param period the period, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if a recurrence holds more than 100,000 occurrences in the
   *     period
   */
  public List<OwnerLoad> loadPerOwner(DateRange period) {
    Map<Owner, List<Occurrence>> byOwner = new TreeMap<>();
    for (Occurrence o : occurrencesWithin(period)) {
      for (Owner owner : o.tactic().owners()) {
        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(o);
      }
    }
    List<OwnerLoad> loads = new ArrayList<>();
    byOwner.forEach((owner, list) -> loads.add(new OwnerLoad(owner, list)));
    return List.copyOf(loads);
  }

  /**
   * Returns the occurrences within a period of tactics that have no owner.
   *
   * @param period the period, not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if a recurrence holds more than 100,000 occurrences in the
   *     period
   */
  public List<Occurrence> unownedWithin(DateRange period) {
    return occurrencesWithin(period).stream().filter(o -> o.tactic().owners().isEmpty()).toList();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TacticPlan o && o.tactics.equals(tactics);
  }

  @Override
  public int hashCode() {
    return tactics.hashCode();
  }

  /**
   * Returns the plan, one tactic per line in plan order, such as {@code 1. list-influencers (Q1,
   * due 2017-02-01)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    int n = 1;
    for (Tactic t : tactics) {
      s.append(n++).append(". ").append(t.id()).append(" (");
      s.append(t.quadrant().map(q -> "Q" + q.number()).orElse("unprioritised"));
      t.due().ifPresent(d -> s.append(", due ").append(d));
      t.recurrence().ifPresent(r -> s.append(", ").append(r));
      s.append(")\n");
    }
    return s.toString();
  }
}
