package dev.northstar.progress.plan;

import dev.northstar.core.goal.Owner;
import dev.northstar.core.tactic.TacticId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The work one owner has within a period: the dated occurrences of the tactics they own. A tactic
 * with several owners counts fully for each of them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param owner the owner, not null
 * @param occurrences the occurrences, not null, sorted by date
 */
public record OwnerLoad(Owner owner, List<Occurrence> occurrences) {

  /**
   * Validates and copies the components.
   *
   * @param owner the owner, not null
   * @param occurrences the occurrences, not null, no nulls
   * @throws NullPointerException if a component or an occurrence is null
   */
  public OwnerLoad {
    Objects.requireNonNull(owner, "owner must not be null");
    occurrences = List.copyOf(occurrences);
  }

  /**
   * Returns the number of occurrences, the owner's load.
   *
   * @return the count, 0 or more
   */
  public int occurrenceCount() {
    return occurrences.size();
  }

  /**
   * Returns how many distinct tactics the occurrences belong to.
   *
   * @return the count, 0 or more
   */
  public int tacticCount() {
    Set<TacticId> ids = new LinkedHashSet<>();
    for (Occurrence o : occurrences) {
      ids.add(o.tactic().id());
    }
    return ids.size();
  }

  /**
   * Returns the readable form, such as {@code Brian: 3 occurrences of 2 tactics}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return owner + ": " + occurrenceCount() + " occurrences of " + tacticCount() + " tactics";
  }
}
