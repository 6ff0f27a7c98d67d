package dev.northstar.smart.statement;

import dev.northstar.smart.internal.FiscalCalendar;
import dev.northstar.smart.internal.LanguageGuess;
import dev.northstar.smart.internal.Lexicon;
import dev.northstar.smart.internal.StatementParser;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a goal statement in English, German, Polish, Latvian, Indonesian or Vietnamese into goal
 * drafts and the parts it could not resolve.
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

  /** The first reference date the parser supports. */
  public static final LocalDate FIRST_REFERENCE_DATE = LocalDate.of(1900, 1, 1);

  /** The last reference date the parser supports; no period it reads ends after it either. */
  public static final LocalDate LAST_REFERENCE_DATE = LocalDate.of(9999, 12, 31);

  private static final GoalStatementParser STANDARD =
      new GoalStatementParser(Locale.ENGLISH, Month.JANUARY);

  private final Locale locale;
  private final Month fiscalYearStart;

  private GoalStatementParser(Locale locale, Month fiscalYearStart) {
    this.locale = locale;
    this.fiscalYearStart = fiscalYearStart;
  }

  /**
   * Returns the parser of a language whose vocabulary ships with the library ({@code
   * statement_<language>.properties}): English, German, Polish, Latvian, Indonesian, Vietnamese
   * ({@link #languages()}). Same as {@link #of(Locale)}.
   *
   * @param locale the language, not null; only its language counts
   * @return the parser, never null
   * @throws NullPointerException if {@code locale} is null
   * @throws IllegalArgumentException if there is no vocabulary for the language
   */
  public static GoalStatementParser forLocale(Locale locale) {
    return of(locale);
  }

  /**
   * Returns the languages whose statements the parser reads, as ISO 639 codes, English first.
   *
   * @return the codes, never null, immutable
   */
  public static java.util.List<String> languages() {
    return Lexicon.LANGUAGES;
  }

  /**
   * Guesses the language of a statement: the one of {@link #languages()} whose vocabulary lists the
   * most of its words (platform names do not count); a tie goes to the language listed first.
   *
   * @param statement any text, not null
   * @return the language, never null
   * @throws NullPointerException if {@code statement} is null
   */
  public static Locale guessLanguage(CharSequence statement) {
    Objects.requireNonNull(statement, "statement must not be null");
    return LanguageGuess.guess(statement.toString());
  }

  /**
   * Returns the language of the statements this parser reads.
   *
   * @return the language, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the parser of a language whose vocabulary ships with the library ({@code
   * statement_<language>.properties}); see {@link #languages()}.
   *
   * @param locale the language, not null
   * @return the parser, never null
   * @throws NullPointerException if {@code locale} is null
   * @throws IllegalArgumentException if there is no vocabulary for the language
   */
  public static GoalStatementParser of(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    Lexicon.of(locale);
    Locale language = Locale.forLanguageTag(locale.getLanguage());
    return language.getLanguage().equals("en")
        ? STANDARD
        : new GoalStatementParser(language, Month.JANUARY);
  }

  /**
   * Returns a copy whose quarters, halves and years ("Q1", "H2", "next year", "by year end") follow
   * a fiscal year that starts on the first day of {@code start}. With a start other than January, a
   * quarter or half with a year ("Q1 2027") is unresolved, as fiscal years are named differently
   * from company to company.
   *
   * @param start the first month of the fiscal year, not null
   * @return the parser, never null
   * @throws NullPointerException if {@code start} is null
   */
  public GoalStatementParser withFiscalYearStart(Month start) {
    return new GoalStatementParser(locale, Objects.requireNonNull(start, "start must not be null"));
  }

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
   * @param referenceDate the date "today" means for relative periods, not null, from {@link
   *     #FIRST_REFERENCE_DATE} to {@link #LAST_REFERENCE_DATE}; within that range no text makes the
   *     parser throw
   * @return the drafts and unresolved parts, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reference date is outside the supported range
   */
  public ParsedStatement parse(CharSequence statement, LocalDate referenceDate) {
    Objects.requireNonNull(statement, "statement must not be null");
    Objects.requireNonNull(referenceDate, "referenceDate must not be null");
    if (referenceDate.isBefore(FIRST_REFERENCE_DATE)
        || referenceDate.isAfter(LAST_REFERENCE_DATE)) {
      throw new IllegalArgumentException(
          "referenceDate must be from "
              + FIRST_REFERENCE_DATE
              + " to "
              + LAST_REFERENCE_DATE
              + ", not "
              + referenceDate);
    }
    return new StatementParser(
            statement.toString(), referenceDate, locale, FiscalCalendar.startingIn(fiscalYearStart))
        .parse();
  }

  /**
   * Returns the parser's language and fiscal year start, such as {@code GoalStatementParser[en,
   * fiscal year from JANUARY]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "GoalStatementParser["
        + locale.getLanguage()
        + ", fiscal year from "
        + fiscalYearStart
        + "]";
  }
}
