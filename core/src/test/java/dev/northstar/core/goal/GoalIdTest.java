package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalIdTest {

  @Test
  void acceptsLettersDigitsAndSeparators() {
    for (String ok :
        List.of("linkedin-followers-2026", "G1", "7", "a.b_c-d", "x" + "y".repeat(99))) {
      GoalId id = GoalId.of(ok);
      assertThat(id.value()).isEqualTo(ok);
      assertThat(id).hasToString(ok);
      assertThat(GoalId.parse(id.toString())).isEqualTo(id);
    }
  }

  @Test
  void rejectsInvalidIdsNamingFieldValueAndAllowedForm() {
    for (String bad :
        List.of("", " g", "g ", "-g", ".g", "_g", "my goal", "g/1", "é", "x" + "y".repeat(100))) {
      assertThatThrownBy(() -> GoalId.of(bad))
          .as("of(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "goal id must be a letter or digit followed by up to 99 of [A-Za-z0-9_.-]")
          .hasMessageContaining("but was '");
    }
    assertThatThrownBy(() -> GoalId.of("my goal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'my goal'");
  }

  @Test
  void tooLongIdIsAbbreviatedInTheMessage() {
    String hostile = "g".repeat(10_000);

    assertThatThrownBy(() -> GoalId.of(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goal id must be")
        .hasMessageContaining("...")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> GoalId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("goal id");
    assertThatThrownBy(() -> GoalId.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void idsAreCaseSensitive() {
    assertThat(GoalId.of("Goal")).isNotEqualTo(GoalId.of("goal"));
    assertThat(GoalId.of("goal"))
        .isEqualTo(GoalId.parse("goal"))
        .hasSameHashCodeAs(GoalId.of("goal"));
    assertThat(GoalId.of("goal")).isNotEqualTo("goal");
  }

  @Test
  void ordersByText() {
    List<GoalId> ids = new ArrayList<>(List.of(GoalId.of("b"), GoalId.of("a2"), GoalId.of("a10")));

    Collections.sort(ids);

    assertThat(ids).containsExactly(GoalId.of("a10"), GoalId.of("a2"), GoalId.of("b"));
  }
}
