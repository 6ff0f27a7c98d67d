package dev.northstar.core.plugin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when one or more plugins could not be loaded. The message names every broken provider and
 * says what went wrong with each; {@link #problems()} lists them, each with its cause.
 *
 * <p>The first problem's cause, if any, is this exception's cause; the others are attached as
 * {@linkplain Throwable#getSuppressed() suppressed} exceptions.
 */
public final class PluginLoadException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The problems; not serialized, since a cause need not be serializable. */
  private final transient @Nullable List<PluginProblem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was being loaded, such as "metric definition providers", not null
   * @param problems the problems, not empty, no nulls
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PluginLoadException(String what, List<PluginProblem> problems) {
    super(
        message(what, problems), problems.isEmpty() ? null : problems.get(0).cause().orElse(null));
    List<PluginProblem> copy = List.copyOf(problems);
    this.problems = copy;
    for (int i = 1; i < copy.size(); i++) {
      copy.get(i).cause().ifPresent(this::addSuppressed);
    }
  }

  private static String message(String what, List<PluginProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder text =
        new StringBuilder("cannot load ")
            .append(what)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " broken plugin" : " broken plugins");
    for (PluginProblem p : problems) {
      text.append("\n  ").append(p);
    }
    return text.toString();
  }

  /**
   * Returns the problems, in the order they were found.
   *
   * @return an unmodifiable list, never empty (empty only after deserialization)
   */
  public List<PluginProblem> problems() {
    List<PluginProblem> list = problems;
    return list == null ? List.of() : list;
  }
}
