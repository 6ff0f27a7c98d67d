package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalId;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser never throws, whatever the text: it reports instead. */
class GoalStatementParserPropertiesTest {

  private static final GoalStatementParser PARSER = GoalStatementParser.standard();

  /** Words and signs of the grammar, so that generated text hits its patterns and their edges. */
  private static final List<String> VOCABULARY =
      List.of(
          "increase",
          "decrease",
          "double",
          "halve",
          "by",
          "to",
          "from",
          "and",
          "within",
          "in",
          "the",
          "next",
          "this",
          "end",
          "of",
          "Q1",
          "Q4",
          "2026",
          "0",
          "1",
          "31",
          "500",
          "1,000",
          "20%",
          "100%",
          "150%",
          "0%",
          "999999999999999999",
          "a",
          "million",
          "one",
          "two",
          "six",
          "months",
          "weeks",
          "days",
          "week",
          "quarter",
          "year",
          "August",
          "February",
          "May",
          "followers",
          "leads",
          "sales",
          "reach",
          "traffic",
          "influencers",
          "dollars",
          "$",
          "Facebook",
          "Twitter",
          "X",
          "Threads",
          "Instagram",
          "all",
          "platforms",
          "\"",
          "\"Back\"",
          "campaign",
          "page",
          "(",
          ")",
          "-",
          ",",
          ".",
          "to promote",
          "skateboard-shoe",
          "2026-02-30",
          "2026-08-05",
          "by the end of",
          "free",
          "paid",
          "per",
          "\u201C",
          "\u201D",
          "%",
          "5th",
          "H1",
          "H2",
          "first half",
          "year end",
          "by year-end",
          "end of the quarter",
          "before",
          "December",
          "last",
          "past",
          "percentage points",
          "points",
          "a month",
          "per week",
          "monthly",
          "at least",
          "below",
          "under",
          "keep",
          "maintain",
          "10k",
          "2.5m",
          "1 million",
          "CTR",
          "engagement rate",
          "cost per click",
          "NPS",
          "ROAS",
          "response time",
          "hours",
          "quarters",
          "subscribers",
          "YouTube",
          "euros",
          "in sales",
          "9999",
          "1900",
          "Q1 9999",
          "by 31 December 9999",
          "FY2027",
          "FY99",
          "FY 00",
          "fiscal year",
          "fiscal",
          "financial",
          "31/10/2026",
          "10/11/2026",
          "31.12.9999",
          "29/02/2027",
          "9999/12/31",
          "31/10/26",
          "Nov.",
          "Sept.",
          "15th",
          "year over year",
          "minutes",
          "folowers",
          "Increse",
          "page likes",
          "bounce rate",
          "visitors",
          "posts",
          "our");

  private static final Gen<String> SOUP =
      Gens.listOf(Gens.elements(VOCABULARY), 0, 25).map(words -> String.join(" ", words));

  /** The whole documented range of reference dates, its ends included. */
  private static final Gen<LocalDate> DATES =
      Gens.localDates(
          GoalStatementParser.FIRST_REFERENCE_DATE, GoalStatementParser.LAST_REFERENCE_DATE);

  /** The last and first weeks of the range, where periods run off the calendar. */
  private static final Gen<LocalDate> EDGES =
      Gens.localDates(LocalDate.of(9999, 6, 1), GoalStatementParser.LAST_REFERENCE_DATE);

  private static void parsesWithoutThrowing(String text, LocalDate reference) {
    ParsedStatement p = PARSER.parse(text, reference);
    assertThat(p.statement()).isEqualTo(text);
    if (text.isBlank()) {
      assertThat(p.drafts()).isEmpty();
    } else {
      assertThat(p.drafts()).isNotEmpty();
      if (text.length() <= 2_000) {
        p.drafts().forEach(d -> d.toGoal(GoalId.of("g")));
      }
    }
    p.unresolved().forEach(u -> assertThat(u.reason()).isNotBlank());
  }

  @Test
  void neverThrowsOnWordsOfTheGrammar() {
    Property.named("the parser never throws on words of its grammar")
        .scaledTries(1_000)
        .forAll(SOUP, DATES, GoalStatementParserPropertiesTest::parsesWithoutThrowing);
  }

  @Test
  void neverThrowsWithAnyFiscalYearStart() {
    Property.named("the parser never throws whatever month the fiscal year starts in")
        .scaledTries(500)
        .forAll(
            SOUP,
            DATES,
            (text, reference) -> {
              // every month in turn, from the reference date's day of the year
              java.time.Month start = java.time.Month.of(1 + reference.getDayOfYear() % 12);
              ParsedStatement p = PARSER.withFiscalYearStart(start).parse(text, reference);
              assertThat(p.statement()).isEqualTo(text);
              p.unresolved().forEach(u -> assertThat(u.reason()).isNotBlank());
            });
  }

  @Test
  void neverThrowsOnArbitraryUnicode() {
    Property.named("the parser never throws on arbitrary text")
        .forAll(
            Gens.unicodeStrings(0, 200),
            DATES,
            GoalStatementParserPropertiesTest::parsesWithoutThrowing);
  }

  @Test
  void neverThrowsNearTheEndOfTheRange() {
    Property.named("the parser never throws on reference dates near 9999-12-31")
        .scaledTries(1_000)
        .forAll(SOUP, EDGES, GoalStatementParserPropertiesTest::parsesWithoutThrowing);
  }

  @Test
  void everyPeriodPhraseAtBothEndsOfTheRange() {
    for (String phrase : VOCABULARY) {
      for (LocalDate ref :
          List.of(
              GoalStatementParser.FIRST_REFERENCE_DATE,
              GoalStatementParser.LAST_REFERENCE_DATE,
              LocalDate.of(9999, 12, 1),
              LocalDate.of(9999, 7, 1))) {
        for (String text :
            List.of(
                "Get 5 leads on X " + phrase,
                "Get 5 leads on X in " + phrase,
                "Get 5 leads on X by the end of " + phrase,
                "Get 5 leads on X next " + phrase)) {
          parsesWithoutThrowing(text, ref);
          PARSER
              .parse(text, ref)
              .drafts()
              .forEach(
                  d ->
                      d.period()
                          .ifPresent(
                              p ->
                                  assertThat(p.end())
                                      .isBeforeOrEqualTo(GoalStatementParser.LAST_REFERENCE_DATE)));
        }
      }
    }
  }

  @Test
  void isDeterministic() {
    Property.named("the same text and date give the same result")
        .forAll(
            SOUP,
            DATES,
            (text, ref) -> assertThat(PARSER.parse(text, ref)).isEqualTo(PARSER.parse(text, ref)));
  }
}
