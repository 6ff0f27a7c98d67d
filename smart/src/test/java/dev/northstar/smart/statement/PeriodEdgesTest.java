package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Period phrases at their edges: the exact words a problem covers, fiscal years at the ends of the
 * calendar and of the century, and the words after a quarter or half that name its year.
 */
class PeriodEdgesTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String period, LocalDate ref) {
    return GoalStatementParser.standard().parse("Get 500 leads on LinkedIn " + period, ref);
  }

  private static String period(String period, LocalDate ref) {
    ParsedStatement p = parse(period, ref);
    assertThat(p.unresolved()).as(period).isEmpty();
    return p.drafts().get(0).period().orElseThrow().toString();
  }

  /**
   * Every unresolved part with a text as "text: reason" (without the statement's note that it has
   * no period, which has none).
   */
  private static List<String> problems(String period, LocalDate ref) {
    return parse(period, ref).unresolved().stream()
        .filter(u -> !u.text().isEmpty())
        .map(u -> u.text() + ": " + u.reason())
        .toList();
  }

  @Test
  void aQuarterOrHalfOfThisYearIsOnePeriodNotTwo() {
    assertThat(period("in the second half of this year", REF)).isEqualTo("2026-07-01/2026-12-31");
    assertThat(period("in the third quarter of this year", REF)).isEqualTo("2026-07-01/2026-09-30");
    assertThat(period("in the first quarter of the year", LocalDate.of(2026, 5, 1)))
        .isEqualTo("2027-01-01/2027-03-31");
    assertThat(period("in the 4th quarter of 2027", REF)).isEqualTo("2027-10-01/2027-12-31");
  }

  @Test
  void aProblemCoversEveryWordOfItsPhrase() {
    assertThat(problems("by the second half of 2025", REF))
        .containsExactly("by the second half of 2025: ends before the reference date 2026-03-10");
    assertThat(problems("by the 3rd quarter of 2025", REF))
        .containsExactly("by the 3rd quarter of 2025: ends before the reference date 2026-03-10");
    assertThat(problems("by the end of 2025", REF))
        .containsExactly("by the end of 2025: ends before the reference date 2026-03-10");
    assertThat(problems("by the end of the year 2025", REF))
        .containsExactly("by the end of the year 2025: ends before the reference date 2026-03-10");
    assertThat(problems("by the end of January 2026", REF))
        .containsExactly("by the end of January 2026: ends before the reference date 2026-03-10");
    assertThat(problems("before March 2026", REF))
        .containsExactly("before March 2026: ends before the reference date 2026-03-10");
  }

  @Test
  void aPeriodPastTheLastSupportedDateIsReported() {
    LocalDate late = LocalDate.of(9999, 6, 1);
    assertThat(problems("by the end of next year", late))
        .containsExactly(
            "by the end of next year: ends after 9999-12-31, the last date the parser supports");
    assertThat(problems("in FY0000", REF))
        .containsExactly("in FY0000: reaches beyond the dates the parser supports (to 9999-12-31)");
    assertThat(problems("in FY0001", REF))
        .containsExactly("in FY0001: ends before the reference date 2026-03-10");
  }

  @Test
  void beforeAFiscalYearEndsTheDayBeforeItStarts() {
    assertThat(period("before FY2028", REF)).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("until the end of fiscal 2027", REF)).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("within fiscal year 2027", REF)).isEqualTo("2027-01-01/2027-12-31");
  }

  @Test
  void twoDigitFiscalYearsAreInTheCenturyNearestTheReferenceDate() {
    LocalDate ref = LocalDate.of(2080, 1, 1);
    // 2029 is 51 years before 2080: the next century's 2129 is nearer
    assertThat(period("in FY29", ref)).isEqualTo("2129-01-01/2129-12-31");
    // 2030 is 50 years before: it stays, and has ended
    assertThat(problems("in FY30", ref))
        .containsExactly("in FY30: ends before the reference date 2080-01-01");
    assertThat(period("in fiscal year 27", REF)).isEqualTo("2027-01-01/2027-12-31");
  }
}
