package dev.northstar.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationTest {

  private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

  @Test
  void ofKeepsDateAndCanonicalValue() {
    Observation o = Observation.of(FEB_1, new BigDecimal("1250.00"));

    assertThat(o.date()).isEqualTo(FEB_1);
    assertThat(o.value()).isEqualTo(new BigDecimal("1250"));
    assertThat(o)
        .isEqualTo(Observation.of(FEB_1, 1250))
        .hasSameHashCodeAs(Observation.of(FEB_1, 1250));
  }

  @Test
  void toStringIsDateEqualsValue() {
    assertThat(Observation.of(FEB_1, 1250)).hasToString("2026-02-01=1250");
    assertThat(Observation.of(FEB_1, new BigDecimal("0.0450"))).hasToString("2026-02-01=0.045");
    assertThat(Observation.of(FEB_1, new BigDecimal("1.25E+3"))).hasToString("2026-02-01=1250");
    assertThat(Observation.of(FEB_1, -3)).hasToString("2026-02-01=-3");
  }

  @Test
  void parseReadsTheCanonicalForm() {
    assertThat(Observation.parse("2026-02-01=1250")).isEqualTo(Observation.of(FEB_1, 1250));
    assertThat(Observation.parse("  2026-02-01=0.045 "))
        .isEqualTo(Observation.of(FEB_1, new BigDecimal("0.045")));
    assertThat(Observation.parse("2026-02-01=1.25E+3")).isEqualTo(Observation.of(FEB_1, 1250));
  }

  @Test
  void parseOfToStringRoundTrips() {
    for (Observation o :
        List.of(
            Observation.of(FEB_1, 1250),
            Observation.of(FEB_1, 0),
            Observation.of(LocalDate.of(2028, 2, 29), new BigDecimal("-0.5")),
            Observation.of(FEB_1, new BigDecimal("1E+39")),
            Observation.of(FEB_1, new BigDecimal("-1E-40")),
            Observation.of(LocalDate.of(-1, 1, 1), new BigDecimal("9".repeat(40))))) {
      assertThat(Observation.parse(o.toString())).as("%s", o).isEqualTo(o);
    }
  }

  @Test
  void parseRejectsOtherFormsShowingTheExpectedForm() {
    for (String bad :
        List.of(
            "2026-02-01",
            "=1250",
            "2026-02-01=",
            "2026-02-01 = 1250",
            "2026-02-01:1250",
            "2026-02-30=1",
            "2026-02-01=1,250",
            "2026-02-01=1=2",
            "")) {
      assertThatThrownBy(() -> Observation.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("observation must look like '2026-02-01=1250'")
          .hasMessageContaining("but was '" + bad + "'");
    }
    assertThatThrownBy(() -> Observation.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseRefusesHostileTextWithAShortMessage() {
    assertThatThrownBy(() -> Observation.parse("2026-02-01=" + "9".repeat(100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation must look like")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void ofRejectsNullsAndTooManyDigitsNamingTheField() {
    assertThatThrownBy(() -> Observation.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
    assertThatThrownBy(() -> Observation.of(FEB_1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> Observation.of(FEB_1, new BigDecimal("1".repeat(41))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value must have at most 40 significant digits");
  }

  @Test
  void ordersByDateThenValue() {
    Observation a = Observation.of(FEB_1, 5);
    Observation b = Observation.of(FEB_1, 7);
    Observation c = Observation.of(FEB_1.plusDays(1), 1);
    List<Observation> list = new ArrayList<>(List.of(c, b, a));

    Collections.sort(list);

    assertThat(list).containsExactly(a, b, c);
    assertThat(a).isNotEqualTo(b);
    assertThat(a).isNotEqualTo(Observation.of(FEB_1.plusDays(1), 5));
    assertThat(a).isNotEqualTo("2026-02-01=5");
  }

  @Test
  void parseReadsTextOfUpTo120CharactersAndRefusesLongerTextAsHostile() {
    // leading zeros keep the value small while the text grows
    String longest = "2026-02-01=" + "0".repeat(105) + "1250";
    String tooLong = "2026-02-01=" + "0".repeat(106) + "1250";

    assertThat(longest).hasSize(120);
    assertThat(Observation.parse(longest)).isEqualTo(Observation.of(FEB_1, 1250));
    assertThatThrownBy(() -> Observation.parse(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation must look like '2026-02-01=1250'");
  }
}
