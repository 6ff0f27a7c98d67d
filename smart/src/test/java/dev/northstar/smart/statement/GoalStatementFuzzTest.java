package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import java.time.LocalDate;

/**
 * Fuzz target of the English goal-statement parser (docs/reliability.md). In a normal build it
 * replays the committed inputs under {@code
 * src/test/resources/dev/northstar/smart/statement/GoalStatementFuzzTestInputs/}.
 *
 * <p>Contract: {@link GoalStatementParser#parse} documents no exception for non-null arguments, so
 * any text and any reference date (from year -999,999,999 to 999,999,999) give a statement; each
 * draft keeps the statement and builds a goal, except that {@link GoalDraft#toGoal} refuses a blank
 * statement or one over 2,000 characters with the {@code IllegalArgumentException} it documents.
 */
class GoalStatementFuzzTest {

  private static final int MAX_GOAL_STATEMENT = 2_000;

  @FuzzTest(maxDuration = "4m")
  void parse(FuzzedDataProvider data) {
    LocalDate date =
        LocalDate.ofEpochDay(
            data.consumeBoolean()
                ? data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                : data.consumeLong(
                    LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 1, 1).toEpochDay()));
    String text = data.consumeRemainingAsString();

    ParsedStatement parsed = GoalStatementParser.standard().parse(text, date);

    assertThat(parsed.statement()).isEqualTo(text);
    assertThat(parsed.referenceDate()).isEqualTo(date);
    assertThat(parsed.toString()).isNotNull();
    for (GoalDraft draft : parsed.drafts()) {
      // A goal keeps its statement stripped of surrounding white space, and limits that.
      String statement = draft.statement().strip();
      if (statement.isEmpty() || statement.length() > MAX_GOAL_STATEMENT) {
        assertThatThrownBy(() -> draft.toGoal(GoalId.of("fuzz")))
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        Goal goal = draft.toGoal(GoalId.of("fuzz"));
        assertThat(goal.statement()).isEqualTo(statement);
      }
    }
    for (UnresolvedPart part : parsed.unresolved()) {
      assertThat(part.reason()).isNotBlank();
    }
  }
}
