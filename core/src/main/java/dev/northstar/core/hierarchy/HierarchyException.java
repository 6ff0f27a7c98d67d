package dev.northstar.core.hierarchy;

import java.util.List;

/** Thrown when goals and tactics cannot form a hierarchy; lists every problem found. */
public final class HierarchyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every problem found; an unmodifiable, serializable list. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<HierarchyProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   */
  public HierarchyException(List<HierarchyProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<HierarchyProblem> problems) {
    StringBuilder s = new StringBuilder("invalid goal hierarchy, ");
    s.append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    for (HierarchyProblem p : problems) {
      s.append("\n  - ").append(p);
    }
    return s.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return an unmodifiable list, never empty
   */
  public List<HierarchyProblem> problems() {
    return problems;
  }
}
