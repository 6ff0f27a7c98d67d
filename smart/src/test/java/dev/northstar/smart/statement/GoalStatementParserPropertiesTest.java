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
          "5th");

  private static final Gen<String> SOUP =
      Gens.listOf(Gens.elements(VOCABULARY), 0, 25).map(words -> String.join(" ", words));

  private static final Gen<LocalDate> DATES =
      Gens.localDates(LocalDate.of(1900, 1, 1), LocalDate.of(9998, 12, 31));

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
        .tries(1_000)
        .forAll(SOUP, DATES, GoalStatementParserPropertiesTest::parsesWithoutThrowing);
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
  void isDeterministic() {
    Property.named("the same text and date give the same result")
        .forAll(
            SOUP,
            DATES,
            (text, ref) -> assertThat(PARSER.parse(text, ref)).isEqualTo(PARSER.parse(text, ref)));
  }
}
