package dev.northstar.progress.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Campfire, Inc. influencer tactics of seed 003. */
class TacticPlanTest {

  private static final GoalId GOAL = GoalId.of("find-influencers");
  private static final Owner BRIAN = Owner.of("Brian");
  private static final Owner HAILLEY = Owner.of("Hailley");

  private static Tactic.Builder tactic(String id, String title) {
    return Tactic.builder(TacticId.of(id), title, GOAL);
  }

  /** Quadrant 1 (value 8, complexity 3), due 1 February. */
  private final Tactic list =
      tactic("list-influencers", "List 100 influencers in the niche")
          .owner(BRIAN)
          .due(LocalDate.of(2017, 2, 1))
          .priority(Priority.of(8, 3))
          .build();

  /** Quadrant 1 too, due earlier. */
  private final Tactic message =
      tactic("message-influencers", "Message each of them")
          .owner(BRIAN)
          .due(LocalDate.of(2017, 1, 20))
          .priority(Priority.of(7, 2))
          .build();

  /** Quadrant 2 (value 9, complexity 8), recurring by the 30th of each month. */
  private final Tactic sponsored =
      tactic("sponsored-post", "1 sponsored post each month")
          .owner(BRIAN)
          .owner(HAILLEY)
          .recurrence(Recurrence.monthlyOnDay(30))
          .priority(Priority.of(9, 8))
          .build();

  /** Quadrant 3 (value 2, complexity 2), weekly, unowned. */
  private final Tactic follow =
      tactic("follow-people", "Follow relevant people")
          .recurrence(Recurrence.weeklyOn(DayOfWeek.MONDAY))
          .priority(Priority.of(2, 2))
          .build();

  /** Not prioritised, due soon. */
  private final Tactic draft =
      tactic("draft-brief", "Draft a brief").owner(HAILLEY).due(LocalDate.of(2017, 1, 5)).build();

  private final TacticPlan plan = TacticPlan.of(List.of(draft, follow, sponsored, list, message));

  @Test
  void tacticsAreOrderedByQuadrantThenDueDate() {
    assertThat(plan.tactics()).containsExactly(message, list, sponsored, follow, draft);
    assertThat(plan.toString())
        .startsWith("1. message-influencers (Q1, due 2017-01-20)\n2. list-influencers (Q1,")
        .contains("3. sponsored-post (Q2, monthly on day 30)\n")
        .endsWith("5. draft-brief (unprioritised, due 2017-01-05)\n");
  }

  @Test
  void overdueTacticsAreTheOneOffsDueBeforeTheDate() {
    LocalDate ref = LocalDate.of(2017, 1, 25);
    assertThat(plan.overdueAt(ref)).containsExactly(message, draft);
    assertThat(plan.overdueAt(ref, Set.of(draft.id()))).containsExactly(message);
    // Due on the reference date itself is not yet overdue.
    assertThat(plan.overdueAt(LocalDate.of(2017, 1, 20))).containsExactly(draft);
  }

  @Test
  void recurringTacticsExpandIntoDatedOccurrences() {
    DateRange february = DateRange.ofMonth(YearMonth.of(2017, 2));
    List<Occurrence> work = plan.occurrencesWithin(february);
    // list on 1 Feb; Mondays 6, 13, 20, 27; "the 30th" falls on 28 February in 2017.
    assertThat(work)
        .extracting(Occurrence::toString)
        .containsExactly(
            "2017-02-01 list-influencers",
            "2017-02-06 follow-people",
            "2017-02-13 follow-people",
            "2017-02-20 follow-people",
            "2017-02-27 follow-people",
            "2017-02-28 sponsored-post");
  }

  @Test
  void loadPerOwnerCountsSharedTacticsForEachOwner() {
    DateRange q1 = DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    List<OwnerLoad> load = plan.loadPerOwner(q1);
    // Brian: message (20 Jan), list (1 Feb), sponsored on 30 Jan, 28 Feb, 30 Mar = 5 of 3 tactics.
    // Hailley: draft (5 Jan) and the 3 sponsored posts = 4 of 2 tactics.
    assertThat(load).extracting(OwnerLoad::owner).containsExactly(BRIAN, HAILLEY);
    assertThat(load.get(0).occurrenceCount()).isEqualTo(5);
    assertThat(load.get(0).tacticCount()).isEqualTo(3);
    assertThat(load.get(1).occurrenceCount()).isEqualTo(4);
    assertThat(load.get(1).tacticCount()).isEqualTo(2);
    assertThat(load.get(1)).hasToString("Hailley: 4 occurrences of 2 tactics");
    // Mondays of Q1 2017: 2 January to 27 March, 13 of them, nobody's.
    assertThat(plan.unownedWithin(q1)).hasSize(13).allMatch(o -> o.tactic().equals(follow));
  }

  @Test
  void aPlanCanComeFromTheHierarchy() {
    Goal goal = Goal.builder(GOAL, "Find and build relations with influencers").build();
    Goal other = Goal.builder(GoalId.of("other"), "Something else").build();
    Tactic elsewhere =
        Tactic.builder(TacticId.of("elsewhere"), "Elsewhere", other.id())
            .due(LocalDate.of(2017, 1, 2))
            .build();
    GoalHierarchy h = GoalHierarchy.of(List.of(goal, other), List.of(list, draft, elsewhere));
    assertThat(TacticPlan.of(h, GOAL).tactics()).containsExactly(list, draft);
  }

  @Test
  void duplicateIdsAreRefused() {
    Tactic again = list.toBuilder().title("again").build();
    assertThatThrownBy(() -> TacticPlan.of(List.of(list, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tactics must have distinct ids, but 'list-influencers' occurs twice");
  }
}
