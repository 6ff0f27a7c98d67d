package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.hierarchy.HierarchyException;
import dev.northstar.core.hierarchy.HierarchyProblem;
import dev.northstar.core.tactic.Tactic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link HierarchyException} into one error that lists each problem at the JSON path of the
 * field to blame, such as
 *
 * <pre>
 * $: invalid goal hierarchy, 2 problems:
 *   - $.goals[3].id: two goals have the id 'reach'; ids must be unique (duplicate_goal_id)
 *   - $.goals[4].parent: goal x has parent 'nope', which is not in the hierarchy (dangling_parent)
 * </pre>
 *
 * <p>A core problem names its goal or tactic by id; a duplicated id is blamed on its second and
 * later occurrences, in order. The error is located at the first problem's goal or tactic.
 */
final class HierarchyProblems {

  /** The path and location of the field a problem is blamed on. */
  private record Blame(String path, JsonLocation location) {}

  private final String path;
  private final JsonLocation end;
  private final Map<String, List<Site>> goalsById = new HashMap<>();
  private final Map<String, List<Site>> tacticsById = new HashMap<>();
  private final Map<String, Integer> reported = new HashMap<>();

  private HierarchyProblems(
      JsonParser p, List<Located<Goal>> goals, List<Located<Tactic>> tactics) {
    this.path = JsonPaths.of(p);
    this.end = p.currentTokenLocation();
    for (Located<Goal> goal : goals) {
      goalsById.computeIfAbsent(goal.value().id().value(), k -> new ArrayList<>()).add(goal.site());
    }
    for (Located<Tactic> tactic : tactics) {
      tacticsById
          .computeIfAbsent(tactic.value().id().value(), k -> new ArrayList<>())
          .add(tactic.site());
    }
  }

  /**
   * Returns the error for a hierarchy that could not be built, the parser being at the end of the
   * hierarchy's object.
   */
  static InvalidFormatException error(
      JsonParser p,
      HierarchyException e,
      List<Located<Goal>> goals,
      List<Located<Tactic>> tactics) {
    HierarchyProblems problems = new HierarchyProblems(p, goals, tactics);
    List<HierarchyProblem> list = e.problems();
    StringBuilder message = new StringBuilder(problems.path).append(": invalid goal hierarchy, ");
    message.append(list.size()).append(list.size() == 1 ? " problem:" : " problems:");
    JsonLocation location = null;
    for (HierarchyProblem problem : list) {
      Blame blame = problems.blame(problem);
      location = location == null ? blame.location() : location;
      message.append("\n  - ").append(blame.path()).append(": ").append(problem.message());
      message.append(" (").append(SnakeCase.of(problem.kind())).append(')');
    }
    InvalidFormatException error =
        new LocatedInvalidFormatException(
            p,
            message.toString(),
            list.isEmpty() ? "" : list.get(0).subject(),
            GoalHierarchy.class,
            location == null ? problems.end : location);
    error.initCause(e);
    return error;
  }

  private Blame blame(HierarchyProblem problem) {
    String subject = problem.subject();
    int occurrence = reported.merge(problem.kind() + " " + subject, 1, Integer::sum) - 1;
    return switch (problem.kind()) {
      case DUPLICATE_GOAL_ID -> at(goalsById, subject, occurrence + 1, "id");
      case DUPLICATE_TACTIC_ID -> at(tacticsById, subject, occurrence + 1, "id");
      case DANGLING_GOAL -> at(tacticsById, subject, occurrence, "goal");
      case DUE_DATE_OUTSIDE_GOAL -> at(tacticsById, subject, 0, "due");
      case DANGLING_PARENT, CYCLE, LEVEL_ORDER, PERIOD_OUTSIDE_PARENT ->
          at(goalsById, subject, 0, "parent");
    };
  }

  /** Blames {@code field} of an occurrence of an id, such as {@code $.goals[3].parent}. */
  private Blame at(Map<String, List<Site>> byId, String id, int occurrence, String field) {
    List<Site> occurrences = byId.getOrDefault(id, List.of());
    if (occurrences.isEmpty()) {
      return new Blame(path, end);
    }
    Site element = occurrences.get(Math.min(occurrence, occurrences.size() - 1));
    return new Blame(JsonPaths.field(element.pathFrom(path), field), element.location());
  }
}
