package dev.northstar.core.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.GoalId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TacticStatusTest {

  private static final LocalDate DUE = LocalDate.of(2026, 2, 1);

  private static Tactic.Builder tactic() {
    return Tactic.builder(TacticId.of("reach-influencers"), "Reach 100", GoalId.of("relations"))
        .due(DUE);
  }

  @Test
  void aTacticIsOpenUntilDoneOrDropped() {
    Tactic open = tactic().build();
    assertThat(open.status()).isEqualTo(TacticStatus.OPEN);
    assertThat(open.completedOn()).isEmpty();
    Tactic done = tactic().status(TacticStatus.DONE).completedOn(DUE.plusDays(2)).build();
    assertThat(done.status()).isEqualTo(TacticStatus.DONE);
    assertThat(done.completedOn()).contains(DUE.plusDays(2));
    assertThat(done.toBuilder().build()).isEqualTo(done).hasSameHashCodeAs(done);
    assertThat(done).isNotEqualTo(open);
    assertThat(done).isNotEqualTo(tactic().status(TacticStatus.DONE).build());
    assertThat(done.toString()).endsWith(", done on 2026-02-03]");
    assertThat(tactic().status(TacticStatus.DROPPED).build().toString()).endsWith(", dropped]");
    assertThat(open.toString()).doesNotContain("open");
    assertThat(TacticStatus.OPEN.isClosed()).isFalse();
    assertThat(TacticStatus.DONE.isClosed()).isTrue();
    assertThat(TacticStatus.DROPPED.isClosed()).isTrue();
  }

  @Test
  void anOpenTacticCannotHaveACompletionDate() {
    assertThatThrownBy(() -> tactic().completedOn(DUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tactic reach-influencers must be done or dropped to have a completion date, but was"
                + " open with 2026-02-01");
    assertThatThrownBy(() -> tactic().status(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aTacticIsOverdueOnlyPastItsDueDateAndNotClosedByThen() {
    Tactic open = tactic().build();
    assertThat(open.isOverdueAt(DUE)).isFalse();
    assertThat(open.isOverdueAt(DUE.plusDays(1))).isTrue();
    Tactic doneLate = tactic().status(TacticStatus.DONE).completedOn(DUE.plusDays(5)).build();
    assertThat(doneLate.isOverdueAt(DUE.plusDays(3))).isTrue();
    assertThat(doneLate.isOverdueAt(DUE.plusDays(5))).isTrue();
    assertThat(doneLate.isOverdueAt(DUE.plusDays(6))).isFalse();
    assertThat(tactic().status(TacticStatus.DONE).build().isOverdueAt(DUE.plusDays(9))).isFalse();
    assertThat(tactic().status(TacticStatus.DROPPED).build().isOverdueAt(DUE.plusDays(9)))
        .isFalse();
    Tactic recurring =
        Tactic.builder(TacticId.of("post"), "Post", GoalId.of("g"))
            .recurrence(Recurrence.monthlyOnDay(30))
            .build();
    assertThat(recurring.isOverdueAt(DUE.plusYears(1))).isFalse();
    assertThatThrownBy(() -> open.isOverdueAt(null)).isInstanceOf(NullPointerException.class);
  }
}
