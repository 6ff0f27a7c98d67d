package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Compared with the previous week/month/quarter/year" needs a goal period of that calendar unit.
 */
class CalendarComparisonsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String text) {
    return GoalStatementParser.standard().parse(text, REF);
  }

  private static String periodReason(String text) {
    return parse(text).unresolved().stream()
        .filter(u -> u.part() == GoalPart.PERIOD)
        .map(UnresolvedPart::reason)
        .findFirst()
        .orElse("none");
  }

  @Test
  void aCalendarPeriodComparesWithThePreviousOneOfItsUnit() {
    for (String p :
        new String[] {
          "next week compared with the previous week",
          "next month compared with the previous month",
          "next quarter compared with the previous quarter",
          "next year compared with the previous year"
        }) {
      ParsedStatement s = parse("Increase leads on LinkedIn by 10% " + p);
      assertThat(s.drafts()).as(p).hasSize(1);
      assertThat(s.drafts().get(0).baselinePeriod()).as(p).isPresent();
      assertThat(periodReason("Increase leads on LinkedIn by 10% " + p)).as(p).isEqualTo("none");
    }
  }

  @Test
  void aPeriodOfAnotherLengthIsNoCalendarUnit() {
    assertThat(
            periodReason(
                "Increase leads on LinkedIn by 10% within 30 days compared with the previous month"))
        .contains("is not a calendar month");
    assertThat(
            periodReason(
                "Increase leads on LinkedIn by 10% within 3 months compared with the previous quarter"))
        .contains("is not a calendar quarter");
    assertThat(
            periodReason(
                "Increase leads on LinkedIn by 10% next month compared with the previous week"))
        .contains("is not a calendar week");
    assertThat(
            periodReason(
                "Increase leads on LinkedIn by 10% next month compared with the previous year"))
        .contains("is not a calendar year");
  }
}
