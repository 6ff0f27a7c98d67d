package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Misspelled words of the vocabulary are read when one word alone is one inner letter away, with a
 * lower confidence; other words stay unknown. A change "year over year" is unresolved.
 */
class MisspellingsAndComparisonsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String s) {
    return GoalStatementParser.standard().parse(s, REF);
  }

  @Test
  void readsAWordOneInnerLetterAwayFromOneVocabularyWord() {
    ParsedStatement p = parse("Increse Instagram folowers by 10% in the next quarter");
    assertThat(p.isComplete()).as(p.toString()).isTrue();
    GoalDraft d = p.drafts().get(0);
    assertThat(d.metric()).contains(MetricId.of("followers"));
    assertThat(d.target()).contains(Target.increaseByPercent(10));
    assertThat(d.confidence(GoalPart.METRIC)).isEqualTo(0.8);
    // a swapped pair and a dropped letter in a month and a platform
    ParsedStatement q = parse("Grow Instgaram engagment rate to 5% by the end of Febuary");
    assertThat(q.drafts().get(0).metric()).contains(MetricId.of("err"));
    assertThat(q.drafts().get(0).period()).contains(DateRange.parse("2026-03-10/2027-02-28"));
  }

  @Test
  void leavesWordsWithAnEditAtTheirEndsOrTooShort() {
    // "influence" is "influencer" with its last letter dropped: another word, not a misspelling
    ParsedStatement p = parse("Grow our influence on Instagram by 10% in Q3");
    assertThat(p.drafts().get(0).metric()).isEmpty();
    // "leeds" has five letters: too short to be sure it means "leads"
    assertThat(parse("Get 500 leeds on LinkedIn in Q3").drafts().get(0).metric()).isEmpty();
    assertThat(
            parse("Grow Instagram followers by 10% in Q3")
                .drafts()
                .get(0)
                .confidence(GoalPart.METRIC))
        .isEqualTo(1.0);
  }

  @Test
  void aChangeYearOverYearIsUnresolved() {
    ParsedStatement p = parse("Grow revenue on Facebook 8% year over year in Q3");
    GoalDraft d = p.drafts().get(0);
    assertThat(d.metric()).contains(MetricId.of("revenue"));
    assertThat(d.target()).isEmpty();
    assertThat(d.period()).contains(DateRange.parse("2026-07-01/2026-09-30"));
    assertThat(p.unresolved())
        .anyMatch(
            u ->
                u.part() == GoalPart.TARGET
                    && u.text().equals("year over year")
                    && u.reason().contains("a year earlier"));
  }
}
