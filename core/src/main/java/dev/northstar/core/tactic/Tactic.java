package dev.northstar.core.tactic;

import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A concrete action that carries out a goal, such as "reach 100 influencers by 1 Feb [Brian]" or "1
 * sponsored post by the 30th of each month [Brian, Hailley]".
 *
 * <p>A tactic has a title, the goal it serves, owners, either a due date or a {@link Recurrence}
 * (or neither, while unplanned) and optionally a {@link Priority} placing it in a value-versus-
 * complexity {@link Quadrant}.
 *
 * <pre>{@code
 * Tactic tactic = Tactic.builder(TacticId.of("sponsored-post"), "1 sponsored post each month", goalId)
 *     .owner(Owner.of("Brian")).owner(Owner.of("Hailley"))
 *     .recurrence(Recurrence.monthlyOnDay(30))
 *     .priority(Priority.of(8, 4))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tactic {

  private final TacticId id;
  private final String title;
  private final GoalId goal;
  private final List<Owner> owners;
  private final @Nullable LocalDate due;
  private final @Nullable Recurrence recurrence;
  private final @Nullable Priority priority;
  private final TacticStatus status;
  private final @Nullable LocalDate completedOn;

  private Tactic(Builder b) {
    this.id = b.id;
    this.title = Checks.text(b.title, "title of tactic " + b.id, 500);
    this.goal = b.goal;
    this.owners = List.copyOf(new LinkedHashSet<>(b.owners));
    if (b.due != null && b.recurrence != null) {
      throw new IllegalArgumentException(
          "tactic "
              + id
              + " must have a due date or a recurrence, not both, but had due "
              + b.due
              + " and "
              + b.recurrence);
    }
    this.due = b.due;
    this.recurrence = b.recurrence;
    this.priority = b.priority;
    this.status = b.status;
    if (b.completedOn != null && !b.status.isClosed()) {
      throw new IllegalArgumentException(
          "tactic "
              + id
              + " must be done or dropped to have a completion date, but was open with "
              + b.completedOn);
    }
    this.completedOn = b.completedOn;
  }

  /**
   * Starts a builder.
   *
   * @param id the id, not null
   * @param title what is to be done, not blank, at most 500 characters
   * @param goal the goal the tactic serves, not null
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(TacticId id, String title, GoalId goal) {
    return new Builder(
        Checks.notNull(id, "id"), Checks.notNull(title, "title"), Checks.notNull(goal, "goal"));
  }

  /**
   * Returns a builder pre-filled with this tactic, to derive a changed copy.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, title, goal);
    b.owners.addAll(owners);
    b.due = due;
    b.recurrence = recurrence;
    b.priority = priority;
    b.status = status;
    b.completedOn = completedOn;
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public TacticId id() {
    return id;
  }

  /**
   * Returns what is to be done.
   *
   * @return the title, never blank
   */
  public String title() {
    return title;
  }

  /**
   * Returns the goal the tactic serves.
   *
   * @return the goal's id, never null
   */
  public GoalId goal() {
    return goal;
  }

  /**
   * Returns the people responsible, in the order given, without duplicates.
   *
   * @return an unmodifiable list, never null
   */
  public List<Owner> owners() {
    return owners;
  }

  /**
   * Returns the one-off due date.
   *
   * @return the due date, or empty if the tactic recurs or is unplanned
   */
  public Optional<LocalDate> due() {
    return Optional.ofNullable(due);
  }

  /**
   * Returns the recurrence.
   *
   * @return the recurrence, or empty for a one-off or unplanned tactic
   */
  public Optional<Recurrence> recurrence() {
    return Optional.ofNullable(recurrence);
  }

  /**
   * Returns the value and complexity scores.
   *
   * @return the priority, or empty if not assessed
   */
  public Optional<Priority> priority() {
    return Optional.ofNullable(priority);
  }

  /**
   * Returns the value-versus-complexity quadrant.
   *
   * @return the quadrant, or empty if the priority is not assessed
   */
  public Optional<Quadrant> quadrant() {
    return priority().map(Priority::quadrant);
  }

  /**
   * Returns where the tactic stands.
   *
   * @return the status, never null; {@link TacticStatus#OPEN} unless set
   */
  public TacticStatus status() {
    return status;
  }

  /**
   * Returns the date the tactic was done or dropped.
   *
   * @return the date, or empty if open or not recorded
   */
  public Optional<LocalDate> completedOn() {
    return Optional.ofNullable(completedOn);
  }

  /**
   * Tells whether a one-off tactic is overdue at a date: due before it and not closed by then. A
   * tactic done or dropped without a recorded date counts as closed at any date; a recurring one is
   * never overdue here.
   *
   * @param date the date, not null
   * @return true if overdue
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isOverdueAt(LocalDate date) {
    Checks.notNull(date, "date");
    if (due == null || !due.isBefore(date)) {
      return false;
    }
    return !status.isClosed() || (completedOn != null && !completedOn.isBefore(date));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Tactic o
        && id.equals(o.id)
        && title.equals(o.title)
        && goal.equals(o.goal)
        && owners.equals(o.owners)
        && Objects.equals(due, o.due)
        && Objects.equals(recurrence, o.recurrence)
        && Objects.equals(priority, o.priority)
        && status == o.status
        && Objects.equals(completedOn, o.completedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, goal, owners, due, recurrence, priority, status, completedOn);
  }

  /**
   * Returns a readable summary, such as {@code Tactic[sponsored-post "1 sponsored post each month"
   * for social-launch, monthly on day 30, owners [Brian, Hailley], quadrant 1]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Tactic[").append(id);
    s.append(" \"").append(title).append("\" for ").append(goal);
    if (due != null) {
      s.append(", due ").append(due);
    } else if (recurrence != null) {
      s.append(", ").append(recurrence);
    }
    if (!owners.isEmpty()) {
      s.append(", owners ").append(owners);
    }
    if (priority != null) {
      s.append(", ").append(priority).append(", quadrant ").append(priority.quadrant().number());
    }
    if (status.isClosed()) {
      s.append(", ").append(status.name().toLowerCase(java.util.Locale.ROOT));
      if (completedOn != null) {
        s.append(" on ").append(completedOn);
      }
    }
    return s.append(']').toString();
  }

  /** A mutable builder of {@link Tactic}; not thread-safe. */
  public static final class Builder {
    private final TacticId id;
    private String title;
    private GoalId goal;
    private final List<Owner> owners = new ArrayList<>();
    private @Nullable LocalDate due;
    private @Nullable Recurrence recurrence;
    private @Nullable Priority priority;
    private TacticStatus status = TacticStatus.OPEN;
    private @Nullable LocalDate completedOn;

    private Builder(TacticId id, String title, GoalId goal) {
      this.id = id;
      this.title = title;
      this.goal = goal;
    }

    /**
     * Sets the title.
     *
     * @param title what is to be done, not null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Checks.notNull(title, "title");
      return this;
    }

    /**
     * Sets the goal the tactic serves.
     *
     * @param goal the goal's id, not null
     * @return this builder
     */
    public Builder goal(GoalId goal) {
      this.goal = Checks.notNull(goal, "goal");
      return this;
    }

    /**
     * Replaces the owners.
     *
     * @param owners the owners, not null, no nulls; duplicates are dropped
     * @return this builder
     */
    public Builder owners(Collection<Owner> owners) {
      Checks.notNull(owners, "owners");
      this.owners.clear();
      for (Owner o : owners) {
        this.owners.add(Checks.notNull(o, "owner"));
      }
      return this;
    }

    /**
     * Adds an owner.
     *
     * @param owner the owner, not null
     * @return this builder
     */
    public Builder owner(Owner owner) {
      owners.add(Checks.notNull(owner, "owner"));
      return this;
    }

    /**
     * Sets a one-off due date.
     *
     * @param due the due date, or null for none
     * @return this builder
     */
    public Builder due(@Nullable LocalDate due) {
      this.due = due;
      return this;
    }

    /**
     * Sets a recurrence.
     *
     * @param recurrence the recurrence, or null for none
     * @return this builder
     */
    public Builder recurrence(@Nullable Recurrence recurrence) {
      this.recurrence = recurrence;
      return this;
    }

    /**
     * Sets the value and complexity scores.
     *
     * @param priority the priority, or null if not assessed
     * @return this builder
     */
    public Builder priority(@Nullable Priority priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets where the tactic stands; {@link TacticStatus#OPEN} by default.
     *
     * @param status the status, not null
     * @return this builder
     */
    public Builder status(TacticStatus status) {
      this.status = Checks.notNull(status, "status");
      return this;
    }

    /**
     * Sets the date the tactic was done or dropped.
     *
     * @param completedOn the date, or null if open or not recorded
     * @return this builder
     */
    public Builder completedOn(@Nullable LocalDate completedOn) {
      this.completedOn = completedOn;
      return this;
    }

    /**
     * Builds the tactic.
     *
     * @return the tactic, never null
     * @throws IllegalArgumentException if the title is blank or too long, both a due date and a
     *     recurrence are set, or an open tactic has a completion date
     */
    public Tactic build() {
      return new Tactic(this);
    }
  }
}
