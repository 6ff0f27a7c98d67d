package dev.northstar.core.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TacticIdTest {

  @Test
  void acceptsLettersDigitsAndSeparators() {
    for (String ok : List.of("list-100-influencers", "T1", "9", "a.b_c-d", "t" + "x".repeat(99))) {
      TacticId id = TacticId.of(ok);
      assertThat(id.value()).isEqualTo(ok);
      assertThat(id).hasToString(ok);
      assertThat(TacticId.parse(id.toString())).isEqualTo(id);
    }
  }

  @Test
  void rejectsInvalidIdsNamingFieldValueAndAllowedForm() {
    for (String bad : List.of("", "-t", "two words", "t!", "t" + "x".repeat(100))) {
      assertThatThrownBy(() -> TacticId.of(bad))
          .as("of(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "tactic id must be a letter or digit followed by up to 99 of [A-Za-z0-9_.-]")
          .hasMessageContaining("but was '");
    }
    assertThatThrownBy(() -> TacticId.of("two words"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'two words'");
    assertThatThrownBy(() -> TacticId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tactic id");
    assertThatThrownBy(() -> TacticId.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void equalityIsCaseSensitiveAndOrderIsByText() {
    assertThat(TacticId.of("t")).isEqualTo(TacticId.parse("t")).hasSameHashCodeAs(TacticId.of("t"));
    assertThat(TacticId.of("t")).isNotEqualTo(TacticId.of("T"));
    assertThat(TacticId.of("t")).isNotEqualTo("t");
    List<TacticId> ids = new ArrayList<>(List.of(TacticId.of("b"), TacticId.of("a")));

    Collections.sort(ids);

    assertThat(ids).containsExactly(TacticId.of("a"), TacticId.of("b"));
  }
}
