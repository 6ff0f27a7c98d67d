package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A misspelled metric of six letters or more, one inner letter off one word, is read so. */
class MisspelledMetricsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String text) {
    return GoalStatementParser.standard().parse(text, REF);
  }

  @Test
  void oneInnerLetterOffOneWordIsThatWord() {
    for (String[] c :
        new String[][] {
          {"Grow Instagram follovers by 10% in Q2", "followers"},
          {"Grow Instagram folowers by 10% in Q2", "followers"},
          {"Grow Instagram impresions by 10% in Q2", "impressions"},
          {"Grow Instagram impressoins by 10% in Q2", "impressions"}
        }) {
      ParsedStatement s = parse(c[0]);
      assertThat(s.drafts().get(0).metric()).as(c[0]).contains(MetricId.of(c[1]));
      assertThat(s.drafts().get(0).confidence(GoalPart.METRIC)).as(c[0]).isEqualTo(0.8);
    }
  }

  @Test
  void shortWordsAndWordsTwoLettersOffStayUnread() {
    for (String text :
        new String[] {
          "Grow Instagram raech by 10% in Q2",
          "Grow Instagram fallovars by 10% in Q2",
          "Grow Instagram xollowers by 10% in Q2"
        }) {
      ParsedStatement s = parse(text);
      assertThat(s.drafts().get(0).metric()).as(text).isEmpty();
      assertThat(s.unresolved()).as(text).anyMatch(u -> u.part() == GoalPart.METRIC);
    }
  }
}
