package dev.northstar.smart.statement;

import dev.northstar.smart.internal.StatementParser;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Turns a goal statement in English into goal drafts and the parts it could not resolve.
 *
 * <pre>{@code
 * ParsedStatement parsed = GoalStatementParser.standard()
 *     .parse("Double LinkedIn followers within six months", LocalDate.of(2026, 1, 1));
 * Goal goal = parsed.drafts().get(0).toGoal(GoalId.of("linkedin-followers"));
 * }</pre>
 *
 * <p>The parser is rule-based and deterministic (no network, no model). It reads platforms,
 * metrics, relative targets ("by 20%", "double") and absolute ones ("500 new leads"), several
 * platforms with several numbers ("500 from Facebook and 150 from Twitter": one draft each), quoted
 * campaign and page names, products, and periods ("within six months", "next quarter", "in Q4", "by
 * the end of August", "from 5 August to 1 September"), always against an explicit reference date.
 * What is ambiguous or missing is reported, never guessed; {@code docs/smart.md} gives the grammar.
 * It never throws on any text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalStatementParser {

  private static final GoalStatementParser STANDARD = new GoalStatementParser();

  private GoalStatementParser() {}

  /**
   * Returns the parser of the grammar described in {@code docs/smart.md}.
   *
   * @return the parser, never null
   */
  public static GoalStatementParser standard() {
    return STANDARD;
  }

  /**
   * Parses a statement.
   *
   * @param statement the statement, not null; any text
   * @param referenceDate the date "today" means for relative periods, not null
   * @return the drafts and unresolved parts, never null
   * @throws NullPointerException if an argument is null
   */
  public ParsedStatement parse(CharSequence statement, LocalDate referenceDate) {
    Objects.requireNonNull(statement, "statement must not be null");
    Objects.requireNonNull(referenceDate, "referenceDate must not be null");
    return new StatementParser(statement.toString(), referenceDate).parse();
  }

  /**
   * Returns {@code GoalStatementParser[standard]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "GoalStatementParser[standard]";
  }
}
