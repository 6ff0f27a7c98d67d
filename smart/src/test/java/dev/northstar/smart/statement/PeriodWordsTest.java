package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period phrases of issue 23: halves, period ends, "before", the past, the calendar's end. */
class PeriodWordsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String period, LocalDate ref) {
    return GoalStatementParser.standard().parse("Get 500 leads on LinkedIn " + period, ref);
  }

  private static String period(String period) {
    ParsedStatement p = parse(period, REF);
    return p.drafts().get(0).period().map(DateRange::toString).orElse("none: " + p.unresolved());
  }

  private static String problem(String period, LocalDate ref) {
    ParsedStatement p = parse(period, ref);
    return p.unresolved().stream()
        .filter(u -> u.part() == GoalPart.PERIOD)
        .map(u -> u.text() + ": " + u.reason())
        .findFirst()
        .orElse("none");
  }

  @Test
  void halvesOfTheYear() {
    assertThat(period("in H1")).isEqualTo("2026-01-01/2026-06-30");
    assertThat(period("in H2")).isEqualTo("2026-07-01/2026-12-31");
    assertThat(period("in the first half")).isEqualTo("2026-01-01/2026-06-30");
    assertThat(period("in the second half of the year")).isEqualTo("2026-07-01/2026-12-31");
    assertThat(period("in H2 2027")).isEqualTo("2027-07-01/2027-12-31");
    assertThat(period("in the first half of 2027")).isEqualTo("2027-01-01/2027-06-30");
    assertThat(period("by H1")).isEqualTo("2026-03-10/2026-06-30");
    assertThat(parse("in H1", LocalDate.of(2026, 7, 1)).drafts().get(0).period())
        .contains(DateRange.parse("2027-01-01/2027-06-30"));
    assertThat(problem("by H1 2025", REF)).contains("ends before the reference date");
  }

  @Test
  void endsOfPeriods() {
    assertThat(period("by year end")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(period("by the end of the year")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(period("before year-end")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(period("by the end of the quarter")).isEqualTo("2026-03-10/2026-03-31");
    assertThat(period("by month end")).isEqualTo("2026-03-10/2026-03-31");
    assertThat(period("at the end of the month")).isEqualTo("2026-03-10/2026-03-31");
    assertThat(period("by the end of next quarter")).isEqualTo("2026-03-10/2026-06-30");
    assertThat(problem("year end", REF)).contains("names no period");
    assertThat(problem("by the end of the week", REF)).contains("names no period");
    // a named year: from the reference date to its last day
    assertThat(period("by the end of 2027")).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("before the end of 2027")).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("by end of 2026")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(problem("by the end of 2025", REF)).contains("ends before the reference date");
    assertThat(period("by the end of the year 2027")).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("by year end 2027")).isEqualTo("2026-03-10/2027-12-31");
    assertThat(problem("by the end of the year 2025", REF)).contains("ends before the reference");
    // whole months, REF being 10 March 2026
    assertThat(period("from January to June 2027")).isEqualTo("2027-01-01/2027-06-30");
    assertThat(period("between March and May 2027")).isEqualTo("2027-03-01/2027-05-31");
    assertThat(period("from November to February 2027")).isEqualTo("2026-11-01/2027-02-28");
    assertThat(period("from April 2026 to March 2027")).isEqualTo("2026-04-01/2027-03-31");
    assertThat(period("from April to June")).isEqualTo("2026-04-01/2026-06-30");
    assertThat(period("from January to February")).isEqualTo("2027-01-01/2027-02-28");
    assertThat(problem("from June 2027 to May 2027", REF)).contains("June 2027 to May 2027");
    // each year inferred: the start's year alone, both named, neither (next occurrence)
    assertThat(period("from March 2027 to May")).isEqualTo("2027-03-01/2027-05-31");
    assertThat(period("from November 2026 to January")).isEqualTo("2026-11-01/2027-01-31");
    assertThat(period("between November 2026 and January 2027")).isEqualTo("2026-11-01/2027-01-31");
    assertThat(period("from December to January")).isEqualTo("2026-12-01/2027-01-31");
    assertThat(period("from February to March")).isEqualTo("2026-02-01/2026-03-31");
    assertThat(period("from March - April 2027")).isEqualTo("2027-03-01/2027-04-30");
    assertThat(period("from the March to May 2027")).isEqualTo("2027-03-01/2027-05-31");
    assertThat(period("to March to May 2027")).doesNotStartWith("2027-03-01");
    // deadlines and ranges in other forms, REF being 10 March 2026
    assertThat(period("by the end of June 2027")).isEqualTo("2026-03-10/2027-06-30");
    assertThat(period("before the end of Q3 2027")).isEqualTo("2026-03-10/2027-09-30");
    assertThat(period("until the end of March 2028")).isEqualTo("2026-03-10/2028-03-31");
    assertThat(period("in the next 12 months")).isEqualTo("2026-03-10/2027-03-09");
    assertThat(period("by 1 March 2027")).isEqualTo("2026-03-10/2027-03-01");
    assertThat(period("by March 1st, 2027")).isEqualTo("2026-03-10/2027-03-01");
    assertThat(period("by the end of FY2027")).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("in FY2027")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in FY27")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in the 2nd quarter of 2027")).isEqualTo("2027-04-01/2027-06-30");
    assertThat(period("by 31/10/2026")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("by 10/31/2026")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("by 2026/10/31")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("by 31.10.2026")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("from 5 August to 1 September 2026")).isEqualTo("2026-08-05/2026-09-01");
    assertThat(period("from 20 December to 10 January 2027")).isEqualTo("2026-12-20/2027-01-10");
    assertThat(problem("by 10/11/2026", REF)).contains("10/11/2026");
    assertThat(problem("by 31/10/26", REF)).contains("31/10/26");
    assertThat(problem("by 31/02/2026", REF)).contains("31/02/2026");
    // fiscal years by name; two digits in the century nearest the reference date
    assertThat(period("in fiscal year 2027")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in FY 2027")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("during fiscal 2027")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in fiscal 27")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in FY50")).isEqualTo("2050-01-01/2050-12-31");
    assertThat(period("in FY76")).isEqualTo("2076-01-01/2076-12-31");
    assertThat(problem("in FY77", REF)).contains("FY77");
    assertThat(problem("in FY25", REF)).contains("FY25");
  }

  @Test
  void beforeAndByAMonth() {
    assertThat(period("before June")).isEqualTo("2026-03-10/2026-05-31");
    assertThat(period("before March 2027")).isEqualTo("2026-03-10/2027-02-28");
    assertThat(period("before June 15")).isEqualTo("2026-03-10/2026-06-14");
    assertThat(period("by June 15")).isEqualTo("2026-03-10/2026-06-15");
    assertThat(period("by the 15th of June")).isEqualTo("2026-03-10/2026-06-15");
    assertThat(problem("by August", REF)).startsWith("by August: is ambiguous");
    assertThat(problem("before January 2026", REF)).contains("ends before the reference date");
    assertThat(period("before March")).isEqualTo("2026-03-10/2027-02-28");
    assertThat(problem("by may", REF)).contains("names no period");
  }

  @Test
  void datesInDigitsAndAbbreviations() {
    assertThat(period("by 31/10/2026")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("by 10/31/2026")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("by 31.10.2026")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("by 2026/10/31")).isEqualTo("2026-03-10/2026-10-31");
    assertThat(period("from 15/4/2026 to 30/6/2026")).isEqualTo("2026-04-15/2026-06-30");
    assertThat(period("by Nov. 30")).isEqualTo("2026-03-10/2026-11-30");
    assertThat(period("by 30 Sept. 2026")).isEqualTo("2026-03-10/2026-09-30");
    assertThat(problem("by 10/11/2026", REF)).startsWith("10/11/2026: is ambiguous");
    assertThat(problem("by 31/10/26", REF)).startsWith("31/10/26: has a two-digit year");
    assertThat(problem("by 31/02/2026", REF)).startsWith("31/02/2026: is not a date");
    // a full month name and a full stop end a sentence: "June. 30" is no date
    assertThat(problem("by June. 30 posts", REF)).contains("is ambiguous");
  }

  @Test
  void ordinalQuartersAndHalves() {
    assertThat(period("in the 2nd quarter")).isEqualTo("2026-04-01/2026-06-30");
    assertThat(period("in the third quarter of 2027")).isEqualTo("2027-07-01/2027-09-30");
    assertThat(period("by the end of the fourth quarter")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(period("in the 2nd half")).isEqualTo("2026-07-01/2026-12-31");
    // a count of quarters is a duration, an ordinal one names a quarter
    assertThat(period("within 2 quarters")).isEqualTo("2026-03-10/2026-09-09");
    assertThat(problem("in the 5th quarter", REF)).contains("after the fourth");
  }

  @Test
  void fiscalYears() {
    assertThat(period("in FY2027")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in FY27")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("during fiscal year 2027")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("in fiscal 2026")).isEqualTo("2026-01-01/2026-12-31");
    assertThat(period("by the end of FY 2027")).isEqualTo("2026-03-10/2027-12-31");
    assertThat(period("next fiscal year")).isEqualTo("2027-01-01/2027-12-31");
    assertThat(period("by the end of the financial year")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(period("by fiscal year end")).isEqualTo("2026-03-10/2026-12-31");
    assertThat(period("in Q2 FY2027")).isEqualTo("2027-04-01/2027-06-30");
    assertThat(problem("by FY2027", REF)).startsWith("by FY2027: is ambiguous");
    assertThat(problem("in FY2025", REF)).contains("ends before the reference date");
    ParsedStatement april =
        GoalStatementParser.standard()
            .withFiscalYearStart(java.time.Month.APRIL)
            .parse("Get 500 leads on LinkedIn in FY2027", REF);
    assertThat(april.unresolved())
        .anyMatch(u -> u.part() == GoalPart.PERIOD && u.reason().contains("say the dates"));
    ParsedStatement next =
        GoalStatementParser.standard()
            .withFiscalYearStart(java.time.Month.APRIL)
            .parse("Get 500 leads on LinkedIn next fiscal year", REF);
    assertThat(next.drafts().get(0).period()).contains(DateRange.parse("2026-04-01/2027-03-31"));
  }

  @Test
  void thePastAndTheCalendarsEnd() {
    assertThat(problem("last quarter", REF)).startsWith("last quarter: is in the past");
    assertThat(problem("in the past month", REF)).contains("is in the past");
    assertThat(period("within 2 quarters")).isEqualTo("2026-03-10/2026-09-09");
    LocalDate last = LocalDate.of(9999, 12, 31);
    assertThat(problem("next year", last)).contains("the last date the parser supports");
    assertThat(problem("within six months", last)).contains("9999-12-31");
    assertThat(problem("in Q1", last)).contains("9999-12-31");
    assertThat(problem("in H1", LocalDate.of(9999, 7, 1))).contains("9999-12-31");
    assertThat(problem("by the end of August", LocalDate.of(9999, 9, 1))).contains("9999-12-31");
  }
}
