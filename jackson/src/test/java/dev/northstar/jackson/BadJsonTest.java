package dev.northstar.jackson;

import static dev.northstar.jackson.Json.json;
import static dev.northstar.jackson.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.hierarchy.HierarchyException;
import dev.northstar.core.hierarchy.HierarchyProblem;
import dev.northstar.core.money.Money;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.tactic.Tactic;
import org.junit.jupiter.api.Test;

/**
 * Invalid JSON is refused with a Jackson exception whose message names the JSON path, the offending
 * value and what is allowed.
 */
class BadJsonTest {

  private static <E extends JsonProcessingException> E failure(
      String singleQuotedJson, Class<?> type, Class<E> expected) {
    return catchThrowableOfType(expected, () -> read(json(singleQuotedJson), type));
  }

  @Test
  void unknownFieldNamesTheAllowedFields() {
    UnrecognizedPropertyException e =
        failure(
            "{'id': 'g', 'statement': 'Grow', 'colour': 'red'}",
            Goal.class,
            UnrecognizedPropertyException.class);

    assertThat(e.getMessage())
        .startsWith("$.colour: unknown field \"colour\"; allowed fields: id, level, statement,")
        .endsWith(
            "weight, tags, checkIns\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                + " disabled); line: 1, column: 34]");
    assertThat(e.getPropertyName()).isEqualTo("colour");
  }

  @Test
  void wrongJsonTypeNamesWhatWasExpected() {
    MismatchedInputException e =
        failure("{'id': 'g', 'statement': 42}", Goal.class, MismatchedInputException.class);

    assertThat(e.getMessage()).startsWith("$.statement: expected a statement, but was a number 42");
  }

  @Test
  void missingIdAndMissingStatement() {
    assertThat(failure("{'statement': 'Grow'}", Goal.class, MismatchedInputException.class))
        .hasMessageStartingWith("$: missing required field \"id\"; required fields: id, statement");
    assertThat(
            failure(
                "{'goals': [{'id': 'a', 'statement': 'A'}, {'id': 'b'}]}",
                GoalHierarchy.class,
                MismatchedInputException.class))
        .hasMessageStartingWith(
            "$.goals[1]: missing required field \"statement\"; required fields: id, statement");
  }

  @Test
  void nullForARequiredField() {
    assertThat(
            failure("{'id': 'g', 'statement': null}", Goal.class, MismatchedInputException.class))
        .hasMessageStartingWith("$.statement: expected a statement, but was null");
  }

  @Test
  void invalidEnumValueListsTheAllowedValues() {
    InvalidFormatException e =
        failure(
            "{'id': 'g', 'statement': 'Grow', 'level': 'Social'}",
            Goal.class,
            InvalidFormatException.class);

    assertThat(e.getMessage())
        .startsWith(
            "$.level: invalid value \"Social\"; allowed values: business, marketing, social");
    assertThat(e.getValue()).isEqualTo("Social");
  }

  @Test
  void invalidCategoryListsEveryCategory() {
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow', 'category': 'awareness'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageContaining("$.category: invalid value \"awareness\"; allowed values: ")
        .hasMessageContaining("brand_awareness, brand_reputation, website_traffic");
  }

  @Test
  void invalidPlatformIdCarriesTheCoreRule() {
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow', 'scope': {'platforms': ['linkedin', 'my space']}}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.scope.platforms[1]: invalid value \"my space\"; platform id must be a letter"
                + " followed by up to 39 of [a-z0-9_.-], but was 'my space'");
  }

  @Test
  void emptyPlatformsAndAStringOtherThanAll() {
    assertThat(failure("{'platforms': []}", Scope.class, InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.platforms: invalid value []; expected at least one platform id; use \"all\"");
    assertThat(failure("{'platforms': 'facebook'}", Scope.class, InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.platforms: invalid value \"facebook\"; expected an array of platform ids, or"
                + " \"all\"");
  }

  @Test
  void badDate() {
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow', 'start': '2026-02-30'}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.start: invalid value \"2026-02-30\"; expected an ISO date such as 2026-07-01:")
        .hasMessageContaining("Invalid date 'FEBRUARY 30'");
  }

  @Test
  void deadlineBeforeStartIsBlamedOnTheDeadline() {
    InvalidFormatException e =
        failure(
            "{'id': 'g', 'statement': 'Grow',\n 'deadline': '2026-01-01', 'start': '2026-06-30'}",
            Goal.class,
            InvalidFormatException.class);

    assertThat(e.getMessage())
        .startsWith(
            "$.deadline: invalid value \"2026-01-01\"; deadline of goal g must not be before its"
                + " start, but deadline was 2026-01-01 and start 2026-06-30")
        .contains("line: 2, column: 14");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativePercentDeepInAHierarchy() {
    InvalidFormatException e =
        failure(
            "{'goals': [{'id': 'a', 'statement': 'A'},"
                + " {'id': 'b', 'statement': 'B', 'target': {'percent': -15, 'kind':"
                + " 'increase_by_percent'}}]}",
            GoalHierarchy.class,
            InvalidFormatException.class);

    assertThat(e.getMessage())
        .startsWith(
            "$.goals[1].target.percent: invalid value -15; percent must be greater than 0, but"
                + " was -15");
    assertThat(e.getValue()).isEqualTo(new java.math.BigDecimal("-15"));
  }

  @Test
  void multiplyByOne() {
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow', 'target': {'kind': 'multiply', 'factor': 1.0}}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.target.factor: invalid value 1.0; factor must not be 1 (that is no change)");
  }

  @Test
  void unknownTargetKindListsTheKinds() {
    assertThat(
            failure("{'kind': 'grow', 'percent': 5}", Target.class, InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.kind: invalid value \"grow\"; allowed values: increase_by_percent,"
                + " decrease_by_percent, increase_to, decrease_to, multiply, total, stay_above,"
                + " stay_below, stay_within, milestone");
  }

  @Test
  void targetFieldsMustBelongToTheKind() {
    assertThat(
            failure(
                "{'kind': 'multiply', 'percent': 2}",
                Target.class,
                UnrecognizedPropertyException.class))
        .hasMessageStartingWith(
            "$.percent: unknown field \"percent\"; fields of kind \"multiply\": kind, factor");
    assertThat(
            failure(
                "{'kind': 'stay_within', 'lower': 1}",
                Target.class,
                MismatchedInputException.class))
        .hasMessageStartingWith(
            "$: missing required field \"upper\"; kind \"stay_within\" has the fields kind, lower,"
                + " upper");
    assertThat(
            failure(
                "{'kind': 'stay_within', 'lower': 20, 'upper': 10}",
                Target.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.upper: invalid value 10; upper must be greater than lower, but lower was 20 and"
                + " upper 10");
  }

  @Test
  void invalidTargetTextListsTheForms() {
    assertThat(failure("'grow a lot'", Target.class, InvalidFormatException.class))
        .hasMessageStartingWith("$: invalid value \"grow a lot\"; target must be one of")
        .hasMessageContaining("'multiply by 2'");
    assertThat(failure("'total 5'", Target.Multiply.class, InvalidFormatException.class))
        .hasMessageStartingWith("$: invalid value \"total 5\"; expected a target of kind multiply");
  }

  @Test
  void duplicateKeyIsRefusedByTheParserWithItsPath() {
    JsonParseException e =
        failure(
            "{'id': 'g', 'statement': 'Grow', 'scope': {'account': 'a', 'account': 'b'}}",
            Goal.class,
            JsonParseException.class);

    assertThat(e.getMessage()).startsWith("$.scope.account: Duplicate field 'account'");
  }

  @Test
  void duplicateGoalIdsAndDanglingParentListEveryProblemAtItsPath() {
    InvalidFormatException e =
        failure(
            "{'goals': [{'id': 'a', 'statement': 'A'}, {'id': 'b', 'statement': 'B', 'parent':"
                + " 'nope'}, {'id': 'a', 'statement': 'Again'}],"
                + " 'tactics': [{'id': 't', 'title': 'T', 'goal': 'c'}]}",
            GoalHierarchy.class,
            InvalidFormatException.class);

    assertThat(e.getMessage())
        .startsWith("$: invalid goal hierarchy, 3 problems:")
        .contains(
            "\n  - $.goals[2].id: two goals have the id 'a'; ids must be unique"
                + " (duplicate_goal_id)")
        .contains(
            "\n  - $.tactics[0].goal: tactic t serves goal 'c', which is not in the hierarchy"
                + " (dangling_goal)")
        .contains(
            "\n  - $.goals[1].parent: goal b has parent 'nope', which is not in the hierarchy"
                + " (dangling_parent)");
    assertThat(e.getCause()).isInstanceOf(HierarchyException.class);
    assertThat(((HierarchyException) e.getCause()).problems())
        .extracting(HierarchyProblem::kind)
        .hasSize(3);
  }

  @Test
  void levelOrderAndCycleAreBlamedOnTheParent() {
    assertThat(
            failure(
                "{'goals': [{'id': 's', 'statement': 'S'}, {'id': 'b', 'level': 'business',"
                    + " 'statement': 'B', 'parent': 's'}]}",
                GoalHierarchy.class,
                InvalidFormatException.class))
        .hasMessageContaining(
            "\n  - $.goals[1].parent: BUSINESS goal b cannot serve SOCIAL goal s");
    assertThat(
            failure(
                "{'goals': [{'id': 'x', 'statement': 'X', 'parent': 'y'}, {'id': 'y', 'statement':"
                    + " 'Y', 'parent': 'x'}]}",
                GoalHierarchy.class,
                InvalidFormatException.class))
        .hasMessageContaining("$.goals[0].parent: goals form a cycle of parents: x -> y -> x");
  }

  @Test
  void duplicateSeriesDatesNameBothObservations() {
    assertThat(
            failure(
                "{'metric': 'followers', 'observations': [{'date': '2026-01-01', 'value': 1200},"
                    + " {'date': '2026-02-01', 'value': 1250}, {'date': '2026-01-01', 'value':"
                    + " 1300}]}",
                MetricSeries.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.observations[2].date: invalid value \"2026-01-01\"; a series has one value per"
                + " date, but $.observations[0] has this date too (values 1200 and 1300)");
  }

  @Test
  void trailingGarbage() {
    assertThat(failure("{'id': 'g', 'statement': 'Grow'} x", Goal.class, JsonParseException.class))
        .hasMessageContaining("Unrecognized token 'x'")
        .hasMessageContaining("line: 1, column: 3");
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow'} {}", Goal.class, MismatchedInputException.class))
        .hasMessageContaining("Trailing token (of type START_OBJECT)");
  }

  @Test
  void priorityScoresOutOfRange() {
    assertThat(
            failure(
                "{'id': 't', 'title': 'T', 'goal': 'g', 'priority': {'value': 11, 'complexity':"
                    + " 3}}",
                Tactic.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.priority.value: invalid value 11; value score must be between 1 and 10, but was 11");
    assertThat(
            failure(
                "{'id': 't', 'title': 'T', 'goal': 'g', 'priority': {'value': 8, 'complexity':"
                    + " 2.5}}",
                Tactic.class,
                MismatchedInputException.class))
        .hasMessageStartingWith(
            "$.priority.complexity: expected a whole score from 1 to 10, but was a number 2.5");
  }

  @Test
  void tacticWithDueDateAndRecurrence() {
    assertThat(
            failure(
                "{'id': 't', 'title': 'T', 'goal': 'g', 'due': '2026-02-01', 'recurrence':"
                    + " 'monthly on day 30'}",
                Tactic.class,
                InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.recurrence: invalid value \"monthly on day 30\"; tactic t must have a due date or a"
                + " recurrence, not both");
  }

  @Test
  void invalidMoney() {
    assertThat(
            failure(
                "{'amount': 'ten', 'currency': 'USD'}", Money.class, InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.amount: invalid value \"ten\"; expected an amount such as 12.50");
    assertThat(
            failure("{'amount': 10, 'currency': 'usd'}", Money.class, InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.currency: invalid value \"usd\"; expected an ISO 4217 currency code such as USD or"
                + " EUR");
  }

  @Test
  void wrongTypeForAnArrayField() {
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow', 'owners': 'Brian'}",
                Goal.class,
                MismatchedInputException.class))
        .hasMessageStartingWith(
            "$.owners: expected an array of owners, but was a string \"Brian\"");
    assertThat(
            failure(
                "{'id': 'g', 'statement': 'Grow', 'tags': ['ok', ' ']}",
                Goal.class,
                InvalidFormatException.class))
        .hasMessageStartingWith("$.tags[1]: invalid value \" \"; tag must not be blank");
  }

  @Test
  void blankStatementCarriesTheCoreMessage() {
    assertThat(failure("{'id': 'g', 'statement': '  '}", Goal.class, InvalidFormatException.class))
        .hasMessageStartingWith(
            "$.statement: invalid value \"  \"; statement of goal g must not be blank");
  }

  @Test
  void goalOfTheWrongJsonType() {
    assertThat(failure("['g']", Goal.class, MismatchedInputException.class))
        .hasMessageStartingWith("$: expected a goal object, but was an array");
  }
}
