package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerTest {

  @Test
  void ofStripsSurroundingWhiteSpace() {
    Owner owner = Owner.of("  Brian \n");

    assertThat(owner.name()).isEqualTo("Brian");
    assertThat(owner).hasToString("Brian");
    assertThat(owner).isEqualTo(Owner.of("Brian")).hasSameHashCodeAs(Owner.of("Brian"));
  }

  @Test
  void namesMayContainSpacesAndAnyLetters() {
    assertThat(Owner.of("Social team").name()).isEqualTo("Social team");
    assertThat(Owner.of("Hailley Ó'Brien").name()).isEqualTo("Hailley Ó'Brien");
  }

  @Test
  void parseOfToStringRoundTrips() {
    for (Owner owner :
        List.of(Owner.of("Brian"), Owner.of("Social team"), Owner.of("x".repeat(200)))) {
      assertThat(Owner.parse(owner.toString())).isEqualTo(owner);
    }
  }

  @Test
  void rejectsBlankTooLongAndNullNamingTheField() {
    for (String blank : List.of("", "   ", "\t\n")) {
      assertThatThrownBy(() -> Owner.of(blank))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("owner name must not be blank");
    }
    assertThatThrownBy(() -> Owner.of("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owner name must be at most 200 characters, but was 201")
        .hasMessageContaining("xxx...");
    assertThatThrownBy(() -> Owner.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owner name");
    assertThatThrownBy(() -> Owner.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void equalityIsCaseSensitiveAndOrderIsByName() {
    assertThat(Owner.of("brian")).isNotEqualTo(Owner.of("Brian"));
    assertThat(Owner.of("Brian")).isNotEqualTo("Brian");
    List<Owner> owners = new ArrayList<>(List.of(Owner.of("Hailley"), Owner.of("Brian")));

    Collections.sort(owners);

    assertThat(owners).containsExactly(Owner.of("Brian"), Owner.of("Hailley"));
  }
}
