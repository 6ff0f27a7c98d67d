package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every period phrase of the grammar (docs/smart.md), resolved against a reference date, with the
 * limits of each: the longest duration, a period ending exactly on the reference date, and the
 * phrases that are reported instead of guessed.
 */
class PeriodPhrasesTest {

  /** Wednesday 13 May 2026, in the second quarter. */
  private static final LocalDate REF = LocalDate.of(2026, 5, 13);

  private static ParsedStatement parse(String period, LocalDate ref) {
    return GoalStatementParser.standard().parse("Get 300 leads on LinkedIn " + period, ref);
  }

  /** The period a phrase resolves to, checking that nothing else was left unresolved. */
  private static DateRange period(String phrase, LocalDate ref) {
    ParsedStatement p = parse(phrase, ref);
    assertThat(p.unresolved()).as(p.toString()).isEmpty();
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    return p.drafts().get(0).period().orElseThrow();
  }

  private static DateRange period(String phrase) {
    return period(phrase, REF);
  }

  /** The single unresolved part of a phrase that does not resolve; the draft has no period. */
  private static UnresolvedPart problem(String phrase, LocalDate ref) {
    ParsedStatement p = parse(phrase, ref);
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    assertThat(p.drafts().get(0).period()).as(p.toString()).isEmpty();
    List<UnresolvedPart> parts =
        p.unresolved().stream().filter(u -> !u.reason().startsWith("names no period")).toList();
    assertThat(parts).as(p.toString()).hasSize(1);
    return parts.get(0);
  }

  private static DateRange range(String text) {
    return DateRange.parse(text);
  }

  @Test
  void durationsRunFromTheReferenceDate() {
    assertThat(period("within 10 days")).isEqualTo(range("2026-05-13/2026-05-22"));
    assertThat(period("within 2 weeks")).isEqualTo(range("2026-05-13/2026-05-26"));
    assertThat(period("in the next 3 months")).isEqualTo(range("2026-05-13/2026-08-12"));
    assertThat(period("over the coming 2 years")).isEqualTo(range("2026-05-13/2028-05-12"));
    assertThat(period("within a year")).isEqualTo(range("2026-05-13/2027-05-12"));
  }

  @Test
  void theLongestDurationsAreAllowedAndOneMoreIsReported() {
    assertThat(period("within 36600 days")).isEqualTo(DateRange.withinDaysFrom(REF, 36_600));
    assertThat(period("within 5228 weeks")).isEqualTo(DateRange.withinDaysFrom(REF, 36_596));
    UnresolvedPart weeks = problem("within 5229 weeks", REF);
    assertThat(weeks.text()).isEqualTo("within 5229 weeks");
    assertThat(weeks.reason()).isEqualTo("is longer than 36600 days");
    assertThat(period("within 1200 months")).isEqualTo(DateRange.withinMonthsFrom(REF, 1_200));
    assertThat(period("within 100 years")).isEqualTo(DateRange.withinMonthsFrom(REF, 1_200));
    UnresolvedPart months = problem("within 1201 months", REF);
    assertThat(months.text()).isEqualTo("within 1201 months");
    assertThat(months.reason()).isEqualTo("is longer than 1200 months");
    assertThat(problem("within 101 years", REF).reason()).isEqualTo("is longer than 1200 months");
  }

  @Test
  void relativePeriodsAreWholeWeeksMonthsQuartersAndYears() {
    assertThat(period("this week")).isEqualTo(range("2026-05-11/2026-05-17"));
    assertThat(period("next week")).isEqualTo(range("2026-05-18/2026-05-24"));
    assertThat(period("in this month")).isEqualTo(range("2026-05-01/2026-05-31"));
    assertThat(period("during the coming month")).isEqualTo(range("2026-06-01/2026-06-30"));
    assertThat(period("this quarter")).isEqualTo(range("2026-04-01/2026-06-30"));
    assertThat(period("next quarter")).isEqualTo(range("2026-07-01/2026-09-30"));
    assertThat(period("in the current year")).isEqualTo(range("2026-01-01/2026-12-31"));
    assertThat(period("next year")).isEqualTo(range("2027-01-01/2027-12-31"));
  }

  @Test
  void byTheEndOfARelativePeriodStartsAtTheReferenceDate() {
    assertThat(period("by the end of next month")).isEqualTo(range("2026-05-13/2026-06-30"));
    assertThat(period("by end of this week")).isEqualTo(range("2026-05-13/2026-05-17"));
    assertThat(period("by the end of the next quarter")).isEqualTo(range("2026-05-13/2026-09-30"));
    // the end of a named quarter or half is its end, as "by Q3" (not the whole quarter)
    assertThat(period("by the end of Q3")).isEqualTo(range("2026-05-13/2026-09-30"));
    assertThat(period("by end of Q3")).isEqualTo(range("2026-05-13/2026-09-30"));
    assertThat(period("until the end of H2")).isEqualTo(range("2026-05-13/2026-12-31"));
    assertThat(period("end of Q4")).isEqualTo(range("2026-05-13/2026-12-31"));
    assertThat(period("in Q3")).isEqualTo(range("2026-07-01/2026-09-30"));
    assertThat(period("end of this year")).isEqualTo(range("2026-05-13/2026-12-31"));
  }

  @Test
  void byARelativePeriodIsAmbiguous() {
    UnresolvedPart u = problem("by next month", REF);
    assertThat(u.text()).isEqualTo("by next month");
    assertThat(u.reason())
        .isEqualTo(
            "is ambiguous: before it starts or by its end? write \"in the next month\" or \"by"
                + " the end of the next month\"");
    assertThat(problem("by this year", REF).reason())
        .contains("write \"in the this year\" or \"by the end of the this year\"");
  }

  @Test
  void quartersWithoutAYearAreTheNextNotYetOver() {
    assertThat(period("in Q2")).isEqualTo(range("2026-04-01/2026-06-30"));
    assertThat(period("during Q1")).isEqualTo(range("2027-01-01/2027-03-31"));
    // on the last day of a quarter it is still that quarter
    assertThat(period("in Q2", LocalDate.of(2026, 6, 30)))
        .isEqualTo(range("2026-04-01/2026-06-30"));
    assertThat(period("in Q2", LocalDate.of(2026, 7, 1))).isEqualTo(range("2027-04-01/2027-06-30"));
    assertThat(period("Q2 2025")).isEqualTo(range("2025-04-01/2025-06-30"));
  }

  @Test
  void byAQuarterRunsFromTheReferenceDateToItsEnd() {
    assertThat(period("by Q3")).isEqualTo(range("2026-05-13/2026-09-30"));
    assertThat(period("by Q1")).isEqualTo(range("2026-05-13/2027-03-31"));
    assertThat(period("by Q2", LocalDate.of(2026, 6, 30)))
        .isEqualTo(range("2026-06-30/2026-06-30"));
    assertThat(period("by Q4 2027")).isEqualTo(range("2026-05-13/2027-12-31"));
    UnresolvedPart past = problem("by Q1 2026", REF);
    assertThat(past.text()).isEqualTo("by Q1 2026");
    assertThat(past.reason()).isEqualTo("ends before the reference date 2026-05-13");
  }

  @Test
  void byTheEndOfAMonth() {
    assertThat(period("by the end of May")).isEqualTo(range("2026-05-13/2026-05-31"));
    assertThat(period("by the end of May", LocalDate.of(2026, 5, 31)))
        .isEqualTo(range("2026-05-31/2026-05-31"));
    assertThat(period("by the end of May", LocalDate.of(2026, 6, 1)))
        .isEqualTo(range("2026-06-01/2027-05-31"));
    assertThat(period("by end of April 2027")).isEqualTo(range("2026-05-13/2027-04-30"));
    UnresolvedPart past = problem("by the end of April 2026", REF);
    assertThat(past.text()).isEqualTo("by the end of April 2026");
    assertThat(past.reason()).isEqualTo("ends before the reference date 2026-05-13");
  }

  @Test
  void byTheEndOfAMonthWithALengthCountsBackFromItsEnd() {
    assertThat(period("by the end of June (10 days)")).isEqualTo(range("2026-06-21/2026-06-30"));
    assertThat(period("by the end of June 2026 (1 day)")).isEqualTo(range("2026-06-30/2026-06-30"));
  }

  @Test
  void dateRanges() {
    assertThat(period("from 5 August to 1 September")).isEqualTo(range("2026-08-05/2026-09-01"));
    assertThat(period("August 5 - September 1")).isEqualTo(range("2026-08-05/2026-09-01"));
    assertThat(period("between August 5, 2027 and September 1, 2027"))
        .isEqualTo(range("2027-08-05/2027-09-01"));
    // bug fix: a start without a year takes the end's year, not the reference date's
    assertThat(period("5 August until 1 September 2027")).isEqualTo(range("2027-08-05/2027-09-01"));
    assertThat(period("from 20 December to 10 January 2027"))
        .isEqualTo(range("2026-12-20/2027-01-10"));
    assertThat(period("5 August - 1 September 2026", LocalDate.of(2025, 3, 1)))
        .isEqualTo(range("2026-08-05/2026-09-01"));
    assertThat(period("from 5 August 2027 till 1 September"))
        .isEqualTo(range("2027-08-05/2027-09-01"));
    assertThat(period("from 2026-08-05 through 2026-09-01"))
        .isEqualTo(range("2026-08-05/2026-09-01"));
    assertThat(period("5th August \u2013 1st September")).isEqualTo(range("2026-08-05/2026-09-01"));
  }

  @Test
  void aRangeWithoutYearsIsItsNextOccurrence() {
    // already over this year: next year's
    assertThat(period("between 1 March and 31 March")).isEqualTo(range("2027-03-01/2027-03-31"));
    // ending on the reference date: this year's
    assertThat(period("from 1 May to 13 May")).isEqualTo(range("2026-05-01/2026-05-13"));
    // across the new year
    assertThat(period("from 20 December to 10 January")).isEqualTo(range("2026-12-20/2027-01-10"));
    // a single day
    assertThat(period("from 1 June to 1 June")).isEqualTo(range("2026-06-01/2026-06-01"));
  }

  @Test
  void aRangeThatEndsBeforeItStartsOrIsNotInTheCalendarIsReported() {
    UnresolvedPart backwards = problem("from 1 September 2026 to 5 August 2026", REF);
    assertThat(backwards.text()).isEqualTo("from 1 September 2026 to 5 August 2026");
    assertThat(backwards.reason()).isEqualTo("ends before it starts");
    UnresolvedPart notADate = problem("from 30 February to 3 March", REF);
    assertThat(notADate.text()).isEqualTo("from 30 February to 3 March");
    assertThat(notADate.reason()).isEqualTo("is not a date of the calendar");
  }

  @Test
  void byADate() {
    assertThat(period("by 1 March")).isEqualTo(range("2026-05-13/2027-03-01"));
    assertThat(period("by 13 May")).isEqualTo(range("2026-05-13/2026-05-13"));
    assertThat(period("by 2026-05-13")).isEqualTo(range("2026-05-13/2026-05-13"));
    assertThat(period("by June 30, 2027")).isEqualTo(range("2026-05-13/2027-06-30"));
    UnresolvedPart past = problem("by 12 May 2026", REF);
    assertThat(past.text()).isEqualTo("by 12 May 2026");
    assertThat(past.reason()).isEqualTo("is before the reference date 2026-05-13");
    UnresolvedPart iso = problem("by 2026-05-12", REF);
    assertThat(iso.reason()).isEqualTo("is before the reference date 2026-05-13");
  }

  @Test
  void wholeMonthsAndYears() {
    assertThat(period("in August")).isEqualTo(range("2026-08-01/2026-08-31"));
    assertThat(period("in May")).isEqualTo(range("2026-05-01/2026-05-31"));
    assertThat(period("in April")).isEqualTo(range("2027-04-01/2027-04-30"));
    assertThat(period("during May 2027")).isEqualTo(range("2027-05-01/2027-05-31"));
    assertThat(period("in Sept 2025")).isEqualTo(range("2025-09-01/2025-09-30"));
    assertThat(period("during 2028")).isEqualTo(range("2028-01-01/2028-12-31"));
  }

  @Test
  void aSecondPeriodIsReportedWithTheFirst() {
    ParsedStatement p = parse("in August and in Q4", REF);
    assertThat(p.drafts().get(0).period()).contains(range("2026-08-01/2026-08-31"));
    assertThat(p.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).isEqualTo("in Q4");
              assertThat(u.reason())
                  .isEqualTo(
                      "a second period; the goal uses the first, \"in August\""
                          + " (2026-08-01/2026-08-31)");
            });
  }

  @Test
  void withoutAPeriodTheStatementSaysHowToGiveOne() {
    ParsedStatement p = GoalStatementParser.standard().parse("Get 300 leads on LinkedIn", REF);
    assertThat(p.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).isEmpty();
              assertThat(u.reason())
                  .isEqualTo(
                      "names no period or deadline; say one, such as \"within six months\","
                          + " \"next quarter\" or \"by the end of August\"");
            });
  }
}
