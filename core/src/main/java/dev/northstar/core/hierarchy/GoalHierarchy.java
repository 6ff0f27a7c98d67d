package dev.northstar.core.hierarchy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.HierarchyProblem.Kind;
import dev.northstar.core.internal.Checks;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Goals and tactics in their cascade: business goals, marketing goals, social goals, tactics.
 *
 * <p>{@link #of(Collection, Collection)} refuses what cannot form a tree, listing every problem at
 * once in a {@link HierarchyException}: duplicate ids, a parent or goal that is not there, a cycle,
 * a goal under a lower level. Periods are checked but do not stop the build, since a goal that
 * outlives its parent is a planning issue to report, not a broken structure: {@link #problems()}
 * lists child periods outside the parent's and tactic due dates outside the goal's period, and
 * {@link #requireConsistentPeriods()} turns them into an exception.
 *
 * <p>Goals and tactics keep the order they were given in; {@link #toString()} draws the tree.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalHierarchy {

  private final Map<GoalId, Goal> goals;
  private final Map<TacticId, Tactic> tactics;
  private final Map<GoalId, List<Goal>> children;
  private final Map<GoalId, List<Tactic>> tacticsByGoal;
  private final List<Goal> roots;
  private final Map<GoalId, Goal> higherAncestors;
  private final List<HierarchyProblem> problems;

  /** How deep {@link #toString()} indents; deeper goals keep this indent and say their depth. */
  static final int MAX_INDENT = 40;

  private GoalHierarchy(Map<GoalId, Goal> goals, Map<TacticId, Tactic> tactics) {
    this.goals = Collections.unmodifiableMap(goals);
    this.tactics = Collections.unmodifiableMap(tactics);
    Map<GoalId, List<Goal>> kids = new LinkedHashMap<>();
    List<Goal> rootList = new ArrayList<>();
    for (Goal g : goals.values()) {
      Optional<GoalId> parent = g.parent();
      if (parent.isPresent()) {
        kids.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(g);
      } else {
        rootList.add(g);
      }
    }
    Map<GoalId, List<Tactic>> byGoal = new LinkedHashMap<>();
    for (Tactic t : tactics.values()) {
      byGoal.computeIfAbsent(t.goal(), k -> new ArrayList<>()).add(t);
    }
    this.children = freeze(kids);
    this.tacticsByGoal = freeze(byGoal);
    this.roots = List.copyOf(rootList);
    this.higherAncestors = higherAncestors(topDown());
    this.problems = List.copyOf(periodProblems());
  }

  /** Every goal, parents before their children, without recursion: a chain may be any length. */
  private List<Goal> topDown() {
    List<Goal> order = new ArrayList<>(roots);
    for (int i = 0; i < order.size(); i++) {
      order.addAll(children(order.get(i).id()));
    }
    return order;
  }

  private Map<GoalId, Goal> higherAncestors(List<Goal> topDown) {
    Map<GoalId, Goal> higher = new HashMap<>();
    for (Goal g : topDown) {
      Optional<GoalId> parentId = g.parent();
      if (parentId.isPresent()) {
        Goal parent = goals.get(parentId.get());
        if (parent == null) {
          continue; // refused by of(...) before a hierarchy is built
        }
        Goal above = parent.level() == g.level() ? higher.get(parent.id()) : parent;
        if (above != null) {
          higher.put(g.id(), above);
        }
      }
    }
    return higher;
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    Map<K, List<V>> frozen = new LinkedHashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * Builds a hierarchy of goals only.
   *
   * @param goals the goals of every level, not null, no nulls
   * @return the hierarchy, never null
   * @throws HierarchyException listing every structural problem
   */
  public static GoalHierarchy of(Collection<Goal> goals) {
    return of(goals, List.of());
  }

  /**
   * Builds a hierarchy of goals and tactics.
   *
   * @param goals the goals of every level, not null, no nulls
   * @param tactics the tactics, not null, no nulls; each must name a goal of the hierarchy
   * @return the hierarchy, never null
   * @throws NullPointerException if a collection or an element is null
   * @throws HierarchyException listing every structural problem: duplicate ids, dangling parents or
   *     goals, cycles, a parent of a lower level
   */
  public static GoalHierarchy of(Collection<Goal> goals, Collection<Tactic> tactics) {
    Checks.notNull(goals, "goals");
    Checks.notNull(tactics, "tactics");
    List<HierarchyProblem> found = new ArrayList<>();
    Map<GoalId, Goal> byId = new LinkedHashMap<>();
    for (Goal g : goals) {
      Checks.notNull(g, "goal");
      if (byId.putIfAbsent(g.id(), g) != null) {
        found.add(
            new HierarchyProblem(
                Kind.DUPLICATE_GOAL_ID,
                g.id().value(),
                "two goals have the id '" + g.id() + "'; ids must be unique"));
      }
    }
    Map<TacticId, Tactic> tacticsById = new LinkedHashMap<>();
    for (Tactic t : tactics) {
      Checks.notNull(t, "tactic");
      if (tacticsById.putIfAbsent(t.id(), t) != null) {
        found.add(
            new HierarchyProblem(
                Kind.DUPLICATE_TACTIC_ID,
                t.id().value(),
                "two tactics have the id '" + t.id() + "'; ids must be unique"));
      }
      if (!byId.containsKey(t.goal())) {
        found.add(
            new HierarchyProblem(
                Kind.DANGLING_GOAL,
                t.id().value(),
                "tactic "
                    + t.id()
                    + " serves goal '"
                    + t.goal()
                    + "', which is not in the hierarchy"));
      }
    }
    for (Goal g : byId.values()) {
      g.parent().ifPresent(p -> checkParent(g, p, byId, found));
    }
    found.addAll(cycles(byId));
    if (!found.isEmpty()) {
      throw new HierarchyException(found);
    }
    return new GoalHierarchy(byId, tacticsById);
  }

  private static void checkParent(
      Goal g, GoalId parentId, Map<GoalId, Goal> byId, List<HierarchyProblem> found) {
    Goal parent = byId.get(parentId);
    if (parent == null) {
      found.add(
          new HierarchyProblem(
              Kind.DANGLING_PARENT,
              g.id().value(),
              "goal " + g.id() + " has parent '" + parentId + "', which is not in the hierarchy"));
    } else if (!g.level().mayHaveParent(parent.level())) {
      found.add(
          new HierarchyProblem(
              Kind.LEVEL_ORDER,
              g.id().value(),
              g.level()
                  + " goal "
                  + g.id()
                  + " cannot serve "
                  + parent.level()
                  + " goal "
                  + parentId
                  + "; a parent must be of the same or a higher level (BUSINESS > MARKETING >"
                  + " SOCIAL)"));
    }
  }

  private static List<HierarchyProblem> cycles(Map<GoalId, Goal> byId) {
    List<HierarchyProblem> found = new ArrayList<>();
    Set<GoalId> done = new HashSet<>();
    for (GoalId start : byId.keySet()) {
      List<GoalId> path = new ArrayList<>();
      Set<GoalId> onPath = new HashSet<>();
      GoalId current = start;
      while (current != null && !done.contains(current) && onPath.add(current)) {
        path.add(current);
        Goal goal = byId.get(current);
        current = goal == null ? null : goal.parent().orElse(null);
      }
      if (current != null && onPath.contains(current)) {
        List<GoalId> cycle = path.subList(path.indexOf(current), path.size());
        StringBuilder chain = new StringBuilder();
        for (GoalId id : cycle) {
          chain.append(id).append(" -> ");
        }
        chain.append(current);
        found.add(
            new HierarchyProblem(
                Kind.CYCLE, current.value(), "goals form a cycle of parents: " + chain));
      }
      done.addAll(path);
    }
    return found;
  }

  private List<HierarchyProblem> periodProblems() {
    List<HierarchyProblem> found = new ArrayList<>();
    for (Goal g : goals.values()) {
      Optional<DateRange> period = g.period();
      Optional<DateRange> parentPeriod = g.parent().map(goals::get).flatMap(Goal::period);
      if (period.isPresent()
          && parentPeriod.isPresent()
          && !parentPeriod.get().encloses(period.get())) {
        found.add(
            new HierarchyProblem(
                Kind.PERIOD_OUTSIDE_PARENT,
                g.id().value(),
                "period "
                    + period.get()
                    + " of goal "
                    + g.id()
                    + " is not inside period "
                    + parentPeriod.get()
                    + " of its parent "
                    + g.parent().orElseThrow()));
      }
    }
    for (Tactic t : tactics.values()) {
      Optional<DateRange> goalPeriod = goal(t.goal()).flatMap(Goal::period);
      Optional<LocalDate> due = t.due();
      if (due.isPresent() && goalPeriod.isPresent() && !goalPeriod.get().contains(due.get())) {
        found.add(
            new HierarchyProblem(
                Kind.DUE_DATE_OUTSIDE_GOAL,
                t.id().value(),
                "due date "
                    + due.get()
                    + " of tactic "
                    + t.id()
                    + " is outside period "
                    + goalPeriod.get()
                    + " of its goal "
                    + t.goal()));
      }
    }
    return found;
  }

  /**
   * Returns every goal, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<Goal> goals() {
    return List.copyOf(goals.values());
  }

  /**
   * Returns every tactic, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<Tactic> tactics() {
    return List.copyOf(tactics.values());
  }

  /**
   * Finds a goal by id.
   *
   * @param id the id, not null
   * @return the goal, or empty if not in the hierarchy
   */
  public Optional<Goal> goal(GoalId id) {
    return Optional.ofNullable(goals.get(Checks.notNull(id, "id")));
  }

  /**
   * Finds a tactic by id.
   *
   * @param id the id, not null
   * @return the tactic, or empty if not in the hierarchy
   */
  public Optional<Tactic> tactic(TacticId id) {
    return Optional.ofNullable(tactics.get(Checks.notNull(id, "id")));
  }

  /**
   * Returns the goals without a parent, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<Goal> roots() {
    return roots;
  }

  /**
   * Returns the goals that serve a goal, in the order given.
   *
   * @param id the parent's id, not null
   * @return an unmodifiable list, empty for a leaf or an unknown id
   */
  public List<Goal> children(GoalId id) {
    return children.getOrDefault(Checks.notNull(id, "id"), List.of());
  }

  /**
   * Returns the tactics that carry out a goal, in the order given.
   *
   * @param id the goal's id, not null
   * @return an unmodifiable list, empty if none or an unknown id
   */
  public List<Tactic> tacticsOf(GoalId id) {
    return tacticsByGoal.getOrDefault(Checks.notNull(id, "id"), List.of());
  }

  /**
   * Returns the chain of goals above a goal, nearest first.
   *
   * @param id the goal's id, not null
   * @return an unmodifiable list, empty for a root or an unknown id
   */
  public List<Goal> ancestors(GoalId id) {
    List<Goal> chain = new ArrayList<>();
    Goal current = goals.get(Checks.notNull(id, "id"));
    while (current != null && current.parent().isPresent()) {
      current = goals.get(current.parent().get());
      if (current != null) {
        chain.add(current);
      }
    }
    return List.copyOf(chain);
  }

  /**
   * Returns the nearest goal above a goal whose level is higher than the goal's, such as the
   * marketing objective that a chain of social goals serves. Answered from a table built with the
   * hierarchy, in constant time however deep the hierarchy is.
   *
   * @param id the goal's id, not null
   * @return the goal, or empty for a goal with no ancestor of a higher level, or an unknown id
   */
  public Optional<Goal> nearestHigherAncestor(GoalId id) {
    return Optional.ofNullable(higherAncestors.get(Checks.notNull(id, "id")));
  }

  /**
   * Returns the planning problems that do not stop a hierarchy from being built: goal periods
   * outside their parent's and tactic due dates outside their goal's period.
   *
   * @return an unmodifiable list, empty when the periods are consistent
   */
  public List<HierarchyProblem> problems() {
    return problems;
  }

  /**
   * Checks that every period is consistent.
   *
   * @return this hierarchy, for chaining
   * @throws HierarchyException listing the {@linkplain #problems() problems}, if any
   */
  public GoalHierarchy requireConsistentPeriods() {
    if (!problems.isEmpty()) {
      throw new HierarchyException(problems);
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GoalHierarchy other
        && goals().equals(other.goals())
        && tactics().equals(other.tactics());
  }

  @Override
  public int hashCode() {
    return goals().hashCode() * 31 + tactics().hashCode();
  }

  /**
   * Draws the tree, one goal or tactic per line, indented under its parent, such as:
   *
   * <pre>
   * BUSINESS expand-segment: Expand into a new market segment
   *   SOCIAL find-influencers: Find and build relations with influencers
   *     - list-influencers: List 100 influencers in the target niche (due 2017-02-01; Brian)
   * </pre>
   *
   * <p>Indents stop growing at 40 levels, so that the text of any hierarchy grows with its number
   * of goals: a goal deeper than that starts with its depth, such as {@code (depth 41)}.
   *
   * @return the tree, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    // depth first with a stack of its own, not recursion: a chain of goals may be any length
    Deque<Goal> stack = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
      depths.push(0);
    }
    while (!stack.isEmpty()) {
      Goal goal = stack.pop();
      int depth = depths.pop();
      draw(s, goal, depth);
      List<Goal> kids = children(goal.id());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
        depths.push(depth + 1);
      }
    }
    return s.toString();
  }

  private void draw(StringBuilder s, Goal goal, int depth) {
    String indent = "  ".repeat(Math.min(depth, MAX_INDENT));
    s.append(indent);
    if (depth > MAX_INDENT) {
      s.append("(depth ").append(depth).append(") ");
    }
    s.append(goal.level()).append(' ').append(goal.id()).append(": ");
    s.append(goal.statement()).append('\n');
    for (Tactic t : tacticsOf(goal.id())) {
      s.append(indent).append("  - ").append(t.id()).append(": ").append(t.title());
      List<String> details = new ArrayList<>();
      t.due().ifPresent(d -> details.add("due " + d));
      t.recurrence().ifPresent(r -> details.add(r.toString()));
      if (!t.owners().isEmpty()) {
        details.add(String.join(", ", t.owners().stream().map(Object::toString).toList()));
      }
      t.quadrant().ifPresent(q -> details.add("quadrant " + q.number()));
      if (!details.isEmpty()) {
        s.append(" (").append(String.join("; ", details)).append(')');
      }
      s.append('\n');
    }
  }
}
