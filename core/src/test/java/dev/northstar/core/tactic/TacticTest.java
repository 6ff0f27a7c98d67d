package dev.northstar.core.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TacticTest {

  private static final GoalId GOAL = GoalId.of("find-influencers");
  private static final TacticId ID = TacticId.of("sponsored-post");
  private static final LocalDate FEB_1 = LocalDate.of(2017, 2, 1);

  /** "1 sponsored post by the 30th of each month [Brian, Hailley]" (seed 003). */
  private static Tactic sponsoredPost() {
    return Tactic.builder(ID, "1 sponsored post each month", GOAL)
        .owner(Owner.of("Brian"))
        .owner(Owner.of("Hailley"))
        .recurrence(Recurrence.monthlyOnDay(30))
        .priority(Priority.of(8, 4))
        .build();
  }

  @Test
  void onlyIdTitleAndGoalAreRequired() {
    Tactic tactic = Tactic.builder(TacticId.of("t"), "Run ads", GOAL).build();

    assertThat(tactic.id()).isEqualTo(TacticId.of("t"));
    assertThat(tactic.title()).isEqualTo("Run ads");
    assertThat(tactic.goal()).isEqualTo(GOAL);
    assertThat(tactic.owners()).isEmpty();
    assertThat(tactic.due()).isEmpty();
    assertThat(tactic.recurrence()).isEmpty();
    assertThat(tactic.priority()).isEmpty();
    assertThat(tactic.quadrant()).isEmpty();
  }

  @Test
  void everyFieldIsKept() {
    Tactic tactic = sponsoredPost();

    assertThat(tactic.owners()).containsExactly(Owner.of("Brian"), Owner.of("Hailley"));
    assertThat(tactic.recurrence()).contains(Recurrence.monthlyOnDay(30));
    assertThat(tactic.due()).isEmpty();
    assertThat(tactic.priority()).contains(Priority.of(8, 4));
    assertThat(tactic.quadrant()).contains(Quadrant.HIGH_VALUE_LOW_COMPLEXITY);
  }

  @Test
  void oneOffTacticWithADueDate() {
    Tactic tactic =
        Tactic.builder(TacticId.of("list-influencers"), "Reach 100 influencers", GOAL)
            .due(FEB_1)
            .owner(Owner.of("Brian"))
            .build();

    assertThat(tactic.due()).contains(FEB_1);
    assertThat(tactic.recurrence()).isEmpty();
  }

  @Test
  void dueDateAndRecurrenceTogetherAreRejectedNamingBoth() {
    assertThatThrownBy(
            () ->
                Tactic.builder(ID, "x", GOAL)
                    .due(FEB_1)
                    .recurrence(Recurrence.monthlyOnDay(30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "tactic sponsored-post must have a due date or a recurrence, not both")
        .hasMessageContaining("due 2017-02-01")
        .hasMessageContaining("monthly on day 30");
  }

  @Test
  void clearingOneOfThemMakesTheTacticValidAgain() {
    Tactic.Builder builder =
        Tactic.builder(ID, "x", GOAL).due(FEB_1).recurrence(Recurrence.monthlyOnDay(30));

    Tactic tactic = builder.due(null).build();

    assertThat(tactic.recurrence()).contains(Recurrence.monthlyOnDay(30));
    assertThat(tactic.due()).isEmpty();
  }

  @Test
  void titleMustNotBeBlankOrTooLongNamingTheTactic() {
    assertThatThrownBy(() -> Tactic.builder(ID, " ", GOAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title of tactic sponsored-post must not be blank");
    assertThatThrownBy(() -> Tactic.builder(ID, "t".repeat(501), GOAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "title of tactic sponsored-post must be at most 500 characters, but was 501");
    assertThat(Tactic.builder(ID, "  Run ads  ", GOAL).build().title()).isEqualTo("Run ads");
    assertThat(Tactic.builder(ID, "t".repeat(500), GOAL).build().title()).hasSize(500);
  }

  @Test
  void builderRejectsNullsWhereNotOptional() {
    assertThatThrownBy(() -> Tactic.builder(null, "x", GOAL))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Tactic.builder(ID, null, GOAL))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> Tactic.builder(ID, "x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("goal");
    Tactic.Builder builder = Tactic.builder(ID, "x", GOAL);
    assertThatThrownBy(() -> builder.title(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> builder.goal(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("goal");
    assertThatThrownBy(() -> builder.owner(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> builder.owners(Arrays.asList(Owner.of("a"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> builder.owners(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owners");
  }

  @Test
  void ownersAreDeDuplicatedPreservingOrder() {
    Tactic tactic =
        Tactic.builder(ID, "x", GOAL)
            .owners(List.of(Owner.of("Hailley"), Owner.of("Brian"), Owner.of("Hailley")))
            .owner(Owner.of("Brian"))
            .owner(Owner.of("Ana"))
            .build();

    assertThat(tactic.owners())
        .containsExactly(Owner.of("Hailley"), Owner.of("Brian"), Owner.of("Ana"));
    assertThatThrownBy(() -> tactic.owners().add(Owner.of("Zoe")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ownersAreIndependentOfTheGivenList() {
    List<Owner> owners = new ArrayList<>(List.of(Owner.of("Brian")));
    Tactic tactic = Tactic.builder(ID, "x", GOAL).owners(owners).build();

    owners.add(Owner.of("Hailley"));

    assertThat(tactic.owners()).containsExactly(Owner.of("Brian"));
  }

  @Test
  void toBuilderBuildEqualsTheOriginal() {
    Tactic tactic = sponsoredPost();
    Tactic oneOff =
        Tactic.builder(TacticId.of("list"), "List 100 influencers", GOAL).due(FEB_1).build();

    assertThat(tactic.toBuilder().build()).isEqualTo(tactic).hasSameHashCodeAs(tactic);
    assertThat(oneOff.toBuilder().build()).isEqualTo(oneOff).hasSameHashCodeAs(oneOff);
  }

  @Test
  void toBuilderDerivesAChangedCopy() {
    Tactic tactic = sponsoredPost();

    Tactic moved = tactic.toBuilder().recurrence(null).due(FEB_1).title("One post").build();

    assertThat(moved.due()).contains(FEB_1);
    assertThat(moved.recurrence()).isEmpty();
    assertThat(moved.title()).isEqualTo("One post");
    assertThat(moved.owners()).isEqualTo(tactic.owners());
    assertThat(tactic.recurrence()).contains(Recurrence.monthlyOnDay(30));
  }

  @Test
  void equalityCoversEveryField() {
    Tactic tactic = sponsoredPost();

    assertThat(tactic).isEqualTo(sponsoredPost()).hasSameHashCodeAs(sponsoredPost());
    List<Tactic> variants =
        List.of(
            Tactic.builder(TacticId.of("other"), tactic.title(), GOAL)
                .owners(tactic.owners())
                .recurrence(Recurrence.monthlyOnDay(30))
                .priority(Priority.of(8, 4))
                .build(),
            tactic.toBuilder().title("Other").build(),
            tactic.toBuilder().goal(GoalId.of("other")).build(),
            tactic.toBuilder().owners(List.of(Owner.of("Hailley"), Owner.of("Brian"))).build(),
            tactic.toBuilder().recurrence(Recurrence.monthlyOnDay(29)).build(),
            tactic.toBuilder().recurrence(null).due(FEB_1).build(),
            tactic.toBuilder().priority(Priority.of(8, 5)).build(),
            tactic.toBuilder().priority(null).build());
    for (Tactic variant : variants) {
      assertThat(variant).isNotEqualTo(tactic);
    }
    assertThat(tactic).isNotEqualTo(tactic.toString());
  }

  @Test
  void toStringSummarisesTheTactic() {
    assertThat(sponsoredPost())
        .hasToString(
            "Tactic[sponsored-post \"1 sponsored post each month\" for find-influencers, monthly on"
                + " day 30, owners [Brian, Hailley], value 8, complexity 4, quadrant 1]");
    assertThat(Tactic.builder(TacticId.of("list"), "List", GOAL).due(FEB_1).build())
        .hasToString("Tactic[list \"List\" for find-influencers, due 2017-02-01]");
    assertThat(Tactic.builder(TacticId.of("ads"), "Run ads", GOAL).build())
        .hasToString("Tactic[ads \"Run ads\" for find-influencers]");
  }
}
