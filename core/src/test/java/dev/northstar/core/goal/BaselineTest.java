package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void ofKeepsValueAndDate() {
    Baseline baseline = Baseline.of(1200, JAN_1);

    assertThat(baseline.value()).isEqualByComparingTo("1200");
    assertThat(baseline.asOf()).isEqualTo(JAN_1);
  }

  @Test
  void toStringIsValueOnDate() {
    assertThat(Baseline.of(1200, JAN_1)).hasToString("1200 on 2026-01-01");
    assertThat(Baseline.of(new BigDecimal("0.0350"), JAN_1)).hasToString("0.035 on 2026-01-01");
    assertThat(Baseline.of(new BigDecimal("1.2E+3"), JAN_1)).hasToString("1200 on 2026-01-01");
    assertThat(Baseline.of(-5, JAN_1)).hasToString("-5 on 2026-01-01");
    assertThat(Baseline.of(new BigDecimal("0.000"), JAN_1)).hasToString("0 on 2026-01-01");
  }

  @Test
  void valuesAreCanonicalSoEqualNumbersMakeEqualBaselines() {
    Baseline a = Baseline.of(new BigDecimal("1200.00"), JAN_1);
    Baseline b = Baseline.of(new BigDecimal("1.2E+3"), JAN_1);
    Baseline c = Baseline.of(1200, JAN_1);

    assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b).hasSameHashCodeAs(c);
    assertThat(a.value()).isEqualTo(new BigDecimal("1200"));
    assertThat(a).isNotEqualTo(Baseline.of(1200, JAN_1.plusDays(1)));
    assertThat(a).isNotEqualTo(Baseline.of(1201, JAN_1));
    assertThat(a).isNotEqualTo("1200 on 2026-01-01");
  }

  @Test
  void parseReadsTheCanonicalForm() {
    Baseline parsed = Baseline.parse("1200 on 2026-01-01");

    assertThat(parsed).isEqualTo(Baseline.of(1200, JAN_1));
    assertThat(Baseline.parse("  0.035 on 2028-02-29 "))
        .isEqualTo(Baseline.of(new BigDecimal("0.035"), LocalDate.of(2028, 2, 29)));
  }

  @Test
  void parseOfToStringRoundTrips() {
    for (Baseline b :
        List.of(
            Baseline.of(1200, JAN_1),
            Baseline.of(0, JAN_1),
            Baseline.of(new BigDecimal("-0.5"), JAN_1),
            Baseline.of(new BigDecimal("1E+39"), JAN_1),
            Baseline.of(new BigDecimal("1E-40"), JAN_1),
            Baseline.of(new BigDecimal("9".repeat(40)), LocalDate.of(-1, 12, 31)))) {
      assertThat(Baseline.parse(b.toString())).as("%s", b).isEqualTo(b);
    }
  }

  @Test
  void parseRejectsOtherFormsShowingTheExpectedForm() {
    for (String bad :
        List.of(
            "1200",
            "1200 at 2026-01-01",
            "on 2026-01-01",
            "twelve on 2026-01-01",
            "1200 on 2026-13-01",
            "1200 on 01.01.2026",
            "1,200 on 2026-01-01",
            "")) {
      assertThatThrownBy(() -> Baseline.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("baseline must look like '1200 on 2026-01-01'")
          .hasMessageContaining("but was '" + bad + "'");
    }
  }

  @Test
  void parseRefusesHostileTextWithAShortMessage() {
    String hostile = "9".repeat(100_000) + " on 2026-01-01";

    assertThatThrownBy(() -> Baseline.parse(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline must look like")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void ofRejectsTooManyDigitsNamingTheField() {
    assertThatThrownBy(() -> Baseline.of(new BigDecimal("1".repeat(41)), JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "baseline value must have at most 40 significant digits and 40 decimals")
        .hasMessageContaining("but was 111");
    assertThatThrownBy(() -> Baseline.of(new BigDecimal("1E+41"), JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline value must have at most 40 significant digits");
    assertThatThrownBy(() -> Baseline.of(new BigDecimal("1E-41"), JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline value must have at most 40 significant digits");
  }

  @Test
  void ofRejectsNullNamingTheField() {
    assertThatThrownBy(() -> Baseline.of(null, JAN_1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("baseline value");
    assertThatThrownBy(() -> Baseline.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("baseline date");
    assertThatThrownBy(() -> Baseline.of(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("baseline date");
    assertThatThrownBy(() -> Baseline.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseReadsTextShorterThan200CharactersAndRefuses200AsHostile() {
    // leading zeros keep the value small while the text grows
    String longest = "0".repeat(181) + "1200 on 2026-01-01";
    String tooLong = "0" + longest;

    assertThat(longest).hasSize(199);
    assertThat(Baseline.parse(longest)).isEqualTo(Baseline.of(1200, JAN_1));
    assertThatThrownBy(() -> Baseline.parse(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline must look like '1200 on 2026-01-01'");
  }
}
