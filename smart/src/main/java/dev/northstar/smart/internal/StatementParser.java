package dev.northstar.smart.internal;

import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import dev.northstar.smart.statement.GoalDraft;
import dev.northstar.smart.statement.GoalPart;
import dev.northstar.smart.statement.ParsedStatement;
import dev.northstar.smart.statement.UnresolvedPart;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rule-based parser behind {@link dev.northstar.smart.statement.GoalStatementParser}: one
 * instance per statement, not thread-safe. Passes run in a fixed order over the tokens, each
 * marking the tokens it uses: quoted names, periods, the purpose clause, platforms, metrics, then
 * targets.
 */
public final class StatementParser {

  private static final Set<String> NOT_QUALIFIERS =
      Set.of(
          "new",
          "more",
          "additional",
          "extra",
          "from",
          "on",
          "in",
          "to",
          "and",
          "of",
          "the",
          "a",
          "an",
          "our",
          "total",
          "monthly",
          "weekly",
          "per",
          "via",
          "through",
          "by",
          "with");

  /** The confidence of a metric read from a misspelled word (see {@link Spelling}). */
  private static final double CORRECTED_CONFIDENCE = 0.8;

  /** A goal's longest tag (see {@code Goal.Builder#tags}). */
  private static final int MAX_TAG_LENGTH = 100;

  private final String statement;
  private final LocalDate reference;

  /** The words of the statement's language: numbers, and the words translated to the grammar's. */
  private final Vocabulary language;

  /** The grammar's words (English); other languages are translated into them. */
  private final Vocabulary vocabulary;

  private final Lexicon lex;

  /** The reasons of unresolved parts in the statement's language. */
  private final Reasons reasons;

  private final FiscalCalendar fiscal;
  private double metricConfidence = 1.0;
  private final List<UnresolvedPart> unresolved = new ArrayList<>();
  private List<Token> tokens = List.of();

  private @Nullable String campaign;
  private @Nullable String content;
  private @Nullable String product;
  private PeriodPatterns.@Nullable Match period;
  private @Nullable Comparison comparison;
  private final List<Platform> platforms = new ArrayList<>();
  private boolean allPlatforms;
  private String allPlatformsText = "";
  private @Nullable MetricId metric;
  private boolean metricAdditive;
  private boolean unknownPhrase;
  private @Nullable String yearOverYear;

  /** Where each platform is named: token index and platform. */
  private final List<Placed<Platform>> platformsAt = new ArrayList<>();

  /** Where each metric is named: token index and the metrics the words may mean. */
  private final List<Placed<Set<MetricId>>> metricsAt = new ArrayList<>();

  /** "followers by 20% and engagement rate to 4%": one clause per metric, or none. */
  private List<Clause> clauses = List.of();

  /** Something found at a token. */
  private record Placed<T>(int index, T value) {}

  /** The tokens {@code [from, to)} of one metric and its target. */
  private record Clause(int from, int to, int metricIndex, MetricId metric) {

    boolean holds(int index) {
      return index >= from && index < to;
    }
  }

  /**
   * Prepares to parse one statement.
   *
   * @param statement the statement
   * @param reference the reference date for relative periods
   */
  public StatementParser(String statement, LocalDate reference) {
    this(statement, reference, Locale.ENGLISH, FiscalCalendar.startingIn(java.time.Month.JANUARY));
  }

  /**
   * Prepares to parse one statement in a language with a fiscal calendar.
   *
   * @param statement the statement
   * @param reference the reference date for relative periods
   * @param locale the language of the statement
   * @param fiscal the fiscal calendar quarters, halves and years follow
   */
  public StatementParser(
      String statement, LocalDate reference, Locale locale, FiscalCalendar fiscal) {
    this.statement = statement;
    this.reference = reference;
    this.language = Vocabulary.of(locale);
    this.vocabulary = Vocabulary.of(Locale.ENGLISH);
    this.lex = vocabulary.lexicon;
    this.reasons = language.reasons;
    this.fiscal = fiscal;
  }

  /**
   * Parses the statement.
   *
   * @return the drafts and unresolved parts
   */
  public ParsedStatement parse() {
    if (statement.isBlank()) {
      unresolved.add(reasons.part("", GoalPart.OTHER, Reason.STATEMENT_EMPTY));
      return new ParsedStatement(statement, reference, List.of(), unresolved);
    }
    tokens = Tokenizer.tokenize(statement, unresolved, language);
    if (language != vocabulary) {
      tokens = Translator.of(Locale.forLanguageTag(language.lexicon.language())).translate(tokens);
    } else {
      tokens = vocabulary.spelling().correct(tokens);
    }
    quotedNames();
    unquotedCampaign();
    comparison();
    yearOverYear();
    periods();
    purpose();
    platforms();
    metrics();
    List<GoalDraft> drafts = withBaselinePeriod(clauses.isEmpty() ? targets() : clauseTargets());
    if (period == null) {
      unresolved.add(reasons.part("", GoalPart.PERIOD, Reason.NO_PERIOD));
    }
    return new ParsedStatement(statement, reference, drafts, unresolved);
  }

  // ---- quoted names: "..." campaign, the "..." page ----

  private void quotedNames() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind != Token.Kind.QUOTED) {
        continue;
      }
      boolean campaignAfter = wordAt(i + 1, "campaign");
      boolean campaignBefore = wordAt(i - 1, "campaign");
      if (campaignAfter || campaignBefore) {
        use(i);
        use(campaignAfter ? i + 1 : i - 1);
        if (campaign == null) {
          campaign = t.text;
        } else {
          unresolved.add(reasons.part(t.text, GoalPart.OTHER, Reason.SECOND_CAMPAIGN, campaign));
        }
      } else if (wordAt(i + 1, "page")) {
        use(i);
        use(i + 1);
        content = t.text;
      } else {
        unresolved.add(reasons.part(t.text, GoalPart.OTHER, Reason.QUOTED_NAME_UNPLACED));
        use(i);
      }
    }
  }

  private void unquotedCampaign() {
    for (int i = 0; i < tokens.size(); i++) {
      if (campaign == null && wordAt(i, "campaign") && !tokens.get(i).used) {
        use(i);
        unresolved.add(
            reasons.part(tokens.get(i).text, GoalPart.OTHER, Reason.CAMPAIGN_WITHOUT_NAME));
      }
    }
  }

  // ---- the baseline period: "compared with Q2", "than in March", "the same period last year" ----

  /**
   * What the statement compares the goal's period with: fixed dates (with whether the text names
   * the year), the period before, or the same period a year earlier.
   */
  private record Comparison(
      String text,
      @Nullable DateRange dates,
      boolean yearNamed,
      @Nullable BaselinePeriod relative,
      @Nullable String unit) {}

  private void comparison() {
    for (int i = 0; i < tokens.size(); i++) {
      int c = lex.match("baseline.against", tokens, i);
      if (c == 0 || partOfABound(i)) {
        continue;
      }
      int j = i + c;
      Comparison found = null;
      int to = j;
      int n = lex.match("baseline.previous", tokens, j);
      int y = n > 0 ? 0 : lex.match("baseline.year-ago", tokens, j);
      if (n > 0 || y > 0) {
        to = j + n + y;
        String unit = null; // "the previous quarter" must follow a calendar quarter
        for (int k = j; k < to && n > 0; k++) {
          unit = unit != null ? unit : vocabulary.timeUnit(tokens.get(k).lower);
        }
        BaselinePeriod relative =
            n > 0 ? BaselinePeriod.previousPeriod() : BaselinePeriod.samePeriodLastYear();
        found = new Comparison(text(i, to), null, false, relative, unit);
      } else {
        PeriodPatterns.Match m = PeriodPatterns.at(tokens, j, reference, vocabulary, fiscal);
        if (m != null && m.problem() == null) {
          to = m.to();
          found = new Comparison(text(i, to), m.range(), namesYear(j, to), null, null);
        } else if (m == null) {
          found = bareMonth(i, j);
          to = found == null ? j : j + (found.yearNamed() ? 2 : 1);
        }
      }
      if (found == null) {
        continue; // "more than 500": no period follows
      }
      for (int k = i; k < to; k++) {
        use(k);
      }
      if (comparison == null) {
        comparison = found;
      } else {
        unresolved.add(
            reasons.part(
                found.text(), GoalPart.TARGET, Reason.SECOND_COMPARISON, comparison.text()));
      }
      i = to - 1;
    }
  }

  /** "no later than 31 August", "more than 500": a "than" that belongs to a bound or deadline. */
  private boolean partOfABound(int i) {
    return tokens.get(i).isWord("than")
        && i > 0
        && Set.of(
                "more", "less", "later", "earlier", "fewer", "greater", "higher", "lower", "rather")
            .contains(tokens.get(i - 1).lower);
  }

  /** "compared with July", "against March 2026": a month without "in". */
  private @Nullable Comparison bareMonth(int i, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(j);
    Month month = vocabulary.month(t);
    if (month == null || (month == Month.MAY && !t.translated && !t.text.equals("May"))) {
      return null;
    }
    Integer namedYear = j + 1 < tokens.size() ? yearOf(tokens.get(j + 1)) : null;
    boolean yearNamed = namedYear != null;
    int year = namedYear != null ? namedYear : reference.getYear();
    DateRange range = DateRange.ofMonth(YearMonth.of(year, month));
    return new Comparison(text(i, yearNamed ? j + 2 : j + 1), range, yearNamed, null, null);
  }

  /** The year a token names: four plain digits from 1900, such as "2026"; otherwise null. */
  private static @Nullable Integer yearOf(Token t) {
    BigDecimal n = t.number;
    if (n == null
        || t.text.length() != 4
        || n.intValue() < 1900
        || n.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return n.intValue();
  }

  private boolean namesYear(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.number != null && t.text.length() == 4 && t.number.intValue() >= 1900) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives the drafts the baseline period the statement compares with, resolved against their
   * period: fixed dates without a year are taken in the latest year in which they end before the
   * period starts ("in Q3 compared with Q2").
   */
  private List<GoalDraft> withBaselinePeriod(List<GoalDraft> drafts) {
    Comparison c = comparison;
    if (c == null) {
      return drafts;
    }
    DateRange goalPeriod = period == null ? null : period.range();
    BaselinePeriod bp = baselinePeriod(c, goalPeriod);
    if (bp == null) {
      return drafts;
    }
    List<GoalDraft> out = new ArrayList<>();
    boolean reported = false;
    for (GoalDraft d : drafts) {
      Target t = d.target().orElse(null);
      boolean change =
          t instanceof Target.ChangeByPercent
              || t instanceof Target.ChangeTo
              || t instanceof Target.Multiply;
      if (t == null || change) {
        out.add(d.withBaselinePeriod(bp));
      } else {
        if (!reported) {
          unresolved.add(
              reasons.part(
                  c.text(), GoalPart.TARGET, Reason.COMPARISON_WITHOUT_CHANGE, t, c.text()));
          reported = true;
        }
        out.add(d);
      }
    }
    return out;
  }

  private @Nullable BaselinePeriod baselinePeriod(Comparison c, @Nullable DateRange goalPeriod) {
    BaselinePeriod relative = c.relative();
    if (relative != null) {
      if (goalPeriod == null) {
        unresolved.add(
            reasons.part(c.text(), GoalPart.PERIOD, Reason.RELATIVE_BASELINE_WITHOUT_PERIOD));
        return null;
      }
      String unit = c.unit();
      if (unit != null && !isCalendar(goalPeriod, unit)) {
        unresolved.add(
            reasons.part(
                c.text(), GoalPart.PERIOD, Reason.BASELINE_NOT_CALENDAR, unit, goalPeriod));
        return null;
      }
      DateRange resolved = relative.resolve(goalPeriod);
      if (!resolved.end().isBefore(goalPeriod.start())) {
        unresolved.add(
            reasons.part(
                c.text(), GoalPart.PERIOD, Reason.BASELINE_NOT_BEFORE, resolved, goalPeriod));
        return null;
      }
      return relative;
    }
    DateRange dates = Objects.requireNonNull(c.dates());
    if (goalPeriod == null || dates.end().isBefore(goalPeriod.start())) {
      return BaselinePeriod.of(dates);
    }
    if (!c.yearNamed()) {
      for (int back = 1; back <= 2; back++) {
        DateRange earlier =
            DateRange.of(dates.start().minusYears(back), dates.end().minusYears(back));
        if (earlier.end().isBefore(goalPeriod.start())) {
          return BaselinePeriod.of(earlier);
        }
      }
    }
    unresolved.add(
        reasons.part(c.text(), GoalPart.PERIOD, Reason.COMPARED_NOT_BEFORE, dates, goalPeriod));
    return null;
  }

  /** Whether a period is exactly one calendar week (ISO), month, quarter or year. */
  private static boolean isCalendar(DateRange p, String unit) {
    LocalDate s = p.start();
    LocalDate e = p.end();
    return switch (unit) {
      case "day" -> s.equals(e);
      case "week" -> s.getDayOfWeek() == DayOfWeek.MONDAY && e.equals(s.plusDays(6));
      case "month" -> s.getDayOfMonth() == 1 && e.equals(s.plusMonths(1).minusDays(1));
      case "quarter" ->
          s.getDayOfMonth() == 1
              && s.getMonthValue() % 3 == 1
              && e.equals(s.plusMonths(3).minusDays(1));
      case "year" -> s.getDayOfYear() == 1 && e.equals(s.plusYears(1).minusDays(1));
      default -> false;
    };
  }

  // ---- "8% year over year": a change against last year's period, not against a baseline ----

  private void yearOverYear() {
    for (int i = 0; i < tokens.size(); i++) {
      int len = lex.match("year-over-year", tokens, i);
      if (len > 0) {
        if (yearOverYear == null) {
          yearOverYear = text(i, i + len);
        }
        for (int k = i; k < i + len; k++) {
          use(k);
        }
      }
    }
  }

  // ---- periods ----

  private void periods() {
    int i = 0;
    while (i < tokens.size()) {
      PeriodPatterns.Match m = PeriodPatterns.at(tokens, i, reference, vocabulary, fiscal);
      if (m == null) {
        i++;
        continue;
      }
      for (int k = m.from(); k < m.to(); k++) {
        use(k);
      }
      Reason problem = m.problem();
      if (problem != null) {
        unresolved.add(reasons.part(m.text(), GoalPart.PERIOD, problem, m.problemArgs().toArray()));
      } else if (period == null) {
        period = m;
      } else {
        unresolved.add(
            reasons.part(
                m.text(), GoalPart.PERIOD, Reason.SECOND_PERIOD, period.text(), period.range()));
      }
      i = m.to();
    }
  }

  // ---- purpose: "to promote a skincare line" names the product ----

  private void purpose() {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      boolean promote = (wordAt(i, "to") && wordAt(i + 1, "promote")) || wordAt(i, "promoting");
      if (!promote || tokens.get(i).used) {
        continue;
      }
      int j = wordAt(i, "to") ? i + 2 : i + 1;
      if (j < tokens.size() && isArticle(tokens.get(j))) {
        j++;
      }
      List<String> words = new ArrayList<>();
      int k = j;
      while (k < tokens.size()
          && tokens.get(k).kind == Token.Kind.WORD
          && !tokens.get(k).used
          && !Set.of("in", "on", "from", "through", "by", "with", "and", "during")
              .contains(tokens.get(k).lower)) {
        words.add(tokens.get(k).lower);
        k++;
      }
      if (!words.isEmpty() && product == null) {
        product = String.join(" ", words);
        for (int u = i; u < k; u++) {
          use(u);
        }
      }
    }
  }

  // ---- platforms ----

  private void platforms() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind != Token.Kind.WORD || t.used) {
        continue;
      }
      int all = lex.match("platform.all", tokens, i);
      if (all > 0) {
        allPlatforms = true;
        allPlatformsText = text(i, i + all);
        for (int k = i; k < i + all; k++) {
          use(k);
        }
        continue;
      }
      Platform p = vocabulary.platform(t);
      if (p != null) {
        use(i);
        platformsAt.add(new Placed<>(i, p));
        if (!platforms.contains(p)) {
          platforms.add(p);
        }
      }
    }
    if (allPlatforms && !platforms.isEmpty()) {
      unresolved.add(
          reasons.part(
              allPlatformsText, GoalPart.SCOPE, Reason.ALL_AND_SOME_PLATFORMS, names(platforms)));
    }
    if (!allPlatforms && platforms.isEmpty()) {
      unresolved.add(reasons.part("", GoalPart.SCOPE, Reason.NO_PLATFORM));
    }
  }

  /** "per week" after a metric: a target per period ("50 leads per week"), not "cost per lead". */
  private boolean perTimeUnit(int at) {
    return at + 1 < tokens.size()
        && tokens.get(at).isWord("per")
        && vocabulary.timeUnit(tokens.get(at + 1).lower) != null;
  }

  private static String names(List<Platform> ps) {
    return ps.stream().map(Platform::displayName).collect(Collectors.joining(", "));
  }

  // ---- metrics ----

  private void metrics() {
    Set<MetricId> found = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.used || t.kind != Token.Kind.WORD) {
        continue;
      }
      if (t.lower.equals("reach")
          && i + 1 < tokens.size()
          && (isNumberLike(tokens.get(i + 1))
              || tokens.get(i + 1).kind == Token.Kind.PERCENT
              || tokens.get(i + 1).isWord("a")
              || tokens.get(i + 1).isWord("an"))
          && (!verbBefore(i) || (i > 0 && tokens.get(i - 1).isWord("to")))) {
        // "reach 5,000 followers", "Reach 2% CTR", "Reach a CPC of $1.20", "get leads to reach
        // 500": the verb, not the metric; after another verb ("Boost LinkedIn reach 25%"), the
        // metric
        continue;
      }
      Vocabulary.MetricMatch m = vocabulary.metric(tokens, i);
      if (m == null) {
        continue;
      }
      String text = text(i, i + m.length());
      for (int k = i; k < i + m.length(); k++) {
        use(k);
        if (tokens.get(k).corrected) {
          metricConfidence = Math.min(metricConfidence, CORRECTED_CONFIDENCE);
        }
      }
      int after = i + m.length();
      if ((lex.match("metric-modifier.after", tokens, after) > 0 && !perTimeUnit(after))
          || (i > 0 && lex.match("metric-modifier.before", tokens, i - 1) > 0)) {
        // "cost per lead", "lead quality": a metric word inside a name the vocabulary lacks
        unknownPhrase = true;
        words.add(text);
        continue;
      }
      if (isAmountIn(i, m.metrics())) {
        unresolved.add(
            reasons.part(
                text(i - 2, i + m.length()), GoalPart.METRIC, Reason.AMOUNT_IN_METRIC, text));
        unknownPhrase = true;
        words.add(text);
        continue;
      }
      Set<MetricId> ids = resolveOnPlatform(m.metrics(), lowerText(i, i + m.length()));
      found.addAll(ids);
      metricsAt.add(new Placed<>(i, ids));
      ofWhat(i + m.length(), ids);
      words.add(text);
      productBefore(i);
      i += m.length() - 1;
    }
    if (unknownPhrase && unresolved.stream().anyMatch(u -> u.part() == GoalPart.METRIC)) {
      return;
    }
    if (unknownPhrase) {
      unresolved.add(
          reasons.part(String.join(", ", words), GoalPart.METRIC, Reason.UNKNOWN_METRIC));
    } else if (found.size() == 1) {
      metric = found.iterator().next();
      metricAdditive = Vocabulary.isAdditive(vocabulary.definition(metric));
    } else if (found.size() > 1) {
      List<Clause> split = clauses();
      if (!split.isEmpty()) {
        clauses = split;
        return; // one goal per clause
      }
      unresolved.add(
          reasons.part(
              String.join(", ", words),
              GoalPart.METRIC,
              Reason.SEVERAL_METRICS,
              found.stream().map(MetricId::toString).collect(Collectors.joining(", "))));
    } else {
      String vague = null;
      for (Token t : tokens) {
        if (t.kind == Token.Kind.WORD && lex.is("vague", t.lower)) {
          vague = t.text;
          break;
        }
      }
      unresolved.add(
          reasons.part(
              vague == null ? "" : vague,
              GoalPart.METRIC,
              vague == null ? Reason.NO_METRIC : Reason.VAGUE_METRIC));
    }
  }

  /** Tells whether a verb of change comes before token {@code i} ("Boost LinkedIn reach 25%"). */
  private boolean verbBefore(int i) {
    for (int k = 0; k < i; k++) {
      if (isVerb(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the CTR of our Facebook posts", "the bounce rate of YouTube visitors": a metric that is not a
   * count, followed by "of" and a count metric, is measured over that count, which names no goal of
   * its own; its words are used up.
   */
  private void ofWhat(int next, Set<MetricId> ids) {
    if (ids.size() != 1 || !wordAt(next, "of")) {
      return;
    }
    MetricDefinition d = vocabulary.definition(ids.iterator().next());
    if (d == null || d.unit() == MetricUnit.COUNT) {
      return;
    }
    int j = next + 1;
    while (j < tokens.size() && (isArticle(tokens.get(j)) || tokens.get(j).used)) {
      j++; // "of our", "of the", a platform already read: "of YouTube visitors"
    }
    Vocabulary.MetricMatch over = j < tokens.size() ? vocabulary.metric(tokens, j) : null;
    if (over == null || over.metrics().size() != 1) {
      return;
    }
    MetricDefinition o = vocabulary.definition(over.metrics().iterator().next());
    if (o != null && o.unit() == MetricUnit.COUNT) {
      for (int k = j; k < j + over.length(); k++) {
        use(k);
      }
    }
  }

  /** "50k in sales": a number, "in", then a count metric may be money rather than a count. */
  private boolean isAmountIn(int i, Set<MetricId> ids) {
    if (i < 2 || !tokens.get(i - 1).isWord("in") || !isNumberLike(tokens.get(i - 2))) {
      return false;
    }
    for (MetricId id : ids) {
      MetricDefinition d = vocabulary.definition(id);
      if (d == null || d.unit() != MetricUnit.CURRENCY) {
        return true;
      }
    }
    return false;
  }

  /** "subscribers" on YouTube are followers; traffic to a named page is page views. */
  private Set<MetricId> resolveOnPlatform(Set<MetricId> ids, String phrase) {
    Set<MetricId> out = new LinkedHashSet<>();
    for (MetricId id : ids) {
      MetricId m = id;
      if (content != null && CoreMetrics.SITE_VISITS.equals(m)) {
        m = CoreMetrics.PAGE_VIEWS;
      }
      if (platforms.size() == 1) {
        MetricId other = vocabulary.onPlatform(platforms.get(0), phrase);
        if (other != null) {
          m = other;
        }
      }
      out.add(m);
    }
    return out;
  }

  /** "skateboard-shoe sales": a hyphenated noun just before the metric names the product. */
  private void productBefore(int metricIndex) {
    int i = metricIndex - 1;
    if (i < 0 || product != null) {
      return;
    }
    Token t = tokens.get(i);
    if (t.kind == Token.Kind.WORD && !t.used && t.lower.indexOf('-') > 0) {
      String words = t.lower.replace('-', ' ');
      product = words.endsWith("s") ? words : words + "s";
      use(i);
    }
  }

  // ---- several metrics, each with its target ----

  /**
   * "Increase followers by 20% and engagement rate to 4%": the clauses of a statement that names
   * each metric once, joined by "and" or a comma, each clause with a number or a multiple of its
   * own; empty when the statement is not so.
   */
  private List<Clause> clauses() {
    List<Clause> out = new ArrayList<>();
    Set<MetricId> seen = new LinkedHashSet<>();
    int from = 0;
    for (int k = 0; k < metricsAt.size(); k++) {
      Placed<Set<MetricId>> m = metricsAt.get(k);
      if (m.value().size() != 1 || !seen.add(m.value().iterator().next())) {
        return List.of();
      }
      int to = tokens.size();
      if (k + 1 < metricsAt.size()) {
        int join = -1;
        for (int j = metricsAt.get(k + 1).index() - 1; j > m.index(); j--) {
          Token t = tokens.get(j);
          if (t.isWord("and") || (t.kind == Token.Kind.PUNCT && t.text.equals(","))) {
            join = j;
            break;
          }
        }
        if (join < 0) {
          return List.of();
        }
        to = join;
      }
      if (!hasTarget(from, to)) {
        return List.of();
      }
      out.add(new Clause(from, to, m.index(), m.value().iterator().next()));
      from = to + 1;
    }
    return out;
  }

  /** Tells whether the unused tokens {@code [from, to)} hold a number, a percent or a multiple. */
  private boolean hasTarget(int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.used
          && (t.kind == Token.Kind.NUMBER || t.kind == Token.Kind.PERCENT || isMultiplier(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The drafts of the clauses, one each: a clause reads its target from its own words, with the
   * verb of the first clause when it has none ("and engagement rate to 4%"). A clause's platforms
   * are those it names; one that names none takes those named before the first metric ("LinkedIn
   * followers by 20% and engagement rate to 4%"), and else has none.
   */
  private List<GoalDraft> clauseTargets() {
    boolean[] used = new boolean[tokens.size()];
    for (int i = 0; i < used.length; i++) {
      used[i] = tokens.get(i).used;
    }
    Clause first = clauses.get(0);
    List<Platform> shared = new ArrayList<>();
    for (Placed<Platform> p : platformsAt) {
      if (p.index() < first.metricIndex() && !shared.contains(p.value())) {
        shared.add(p.value());
      }
    }
    List<GoalDraft> drafts = new ArrayList<>();
    for (Clause clause : clauses) {
      for (int i = 0; i < used.length; i++) {
        tokens.get(i).used = used[i];
      }
      boolean ownVerb = hasVerb(clause.from(), clause.to());
      for (int i = 0; i < used.length; i++) {
        boolean inherited = !ownVerb && first.holds(i) && isVerb(i);
        tokens.get(i).used = used[i] || (!clause.holds(i) && !inherited);
      }
      platforms.clear();
      for (Placed<Platform> p : platformsAt) {
        if (clause.holds(p.index()) && !platforms.contains(p.value())) {
          platforms.add(p.value());
        }
      }
      if (platforms.isEmpty()) {
        platforms.addAll(shared);
      }
      if (platforms.isEmpty() && !platformsAt.isEmpty() && !allPlatforms) {
        unresolved.add(
            reasons.part(
                text(clause.from(), clause.to()), GoalPart.SCOPE, Reason.CLAUSE_WITHOUT_PLATFORM));
      }
      metric = clause.metric();
      metricAdditive = Vocabulary.isAdditive(vocabulary.definition(metric));
      drafts.addAll(targets());
    }
    for (Token t : tokens) {
      t.used = true;
    }
    return drafts;
  }

  private boolean isMultiplier(int i) {
    for (String f : lex.suffixes("multiplier.")) {
      if (lex.match("multiplier." + f, tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean hasVerb(int from, int to) {
    for (int i = from; i < to; i++) {
      if (isVerb(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isVerb(int i) {
    return tokens.get(i).kind == Token.Kind.WORD
        && (lex.match("verb.increase", tokens, i) > 0
            || lex.match("verb.decrease", tokens, i) > 0
            || lex.match("verb.keep", tokens, i) > 0);
  }

  // ---- targets ----

  private List<GoalDraft> targets() {
    TargetReader r =
        new TargetReader(
            tokens,
            lex,
            metric == null ? null : vocabulary.definition(metric),
            unresolved,
            reasons);
    Scope scope = scope(platforms);
    TargetReader.PerPeriod per = r.perPeriod();
    List<BigDecimal> multipliers = multipliers();
    if (yearOverYear != null) {
      r.fail(yearOverYear, Reason.YEAR_OVER_YEAR);
      return List.of(draft(scope, null, Set.of()));
    }
    List<TargetReader.Amount> amounts = r.amounts();
    TargetReader.Amount from = null;
    List<TargetReader.Amount> main = new ArrayList<>();
    for (TargetReader.Amount a : amounts) {
      if (a.context() == TargetReader.Context.FROM && from == null) {
        from = a;
      } else {
        main.add(a);
      }
    }
    if (!multipliers.isEmpty() && per == null) {
      return List.of(multiplied(r, multipliers, main, from, scope));
    }
    if (per != null) {
      return List.of(perPeriod(r, per, main, from, scope, !multipliers.isEmpty()));
    }
    if (main.isEmpty()) {
      r.fail(
          from == null ? "" : from.text(),
          from == null ? Reason.NO_NUMBER : Reason.BASELINE_WITHOUT_TARGET);
      return List.of(draft(scope, null, Set.of()));
    }
    if (main.size() == 1) {
      TargetReader.Result res = r.read(main.get(0), from);
      GoalDraft d = draft(scope, res.target(), Set.of());
      BigDecimal base = res.baseline();
      if (base != null && res.target() != null) {
        d = d.withBaseline(base, reference);
      }
      return List.of(
          res.target() == null ? d : d.withConfidence(GoalPart.TARGET, res.confidence()));
    }
    for (TargetReader.Amount a : main) {
      if (a.context() != TargetReader.Context.PLAIN
          || a.percent()
          || a.money()
          || a.duration()
          || a.seconds()
          || from != null) {
        r.fail("", Reason.SEVERAL_TARGETS);
        return List.of(draft(scope, null, Set.of()));
      }
    }
    List<Integer> counts = new ArrayList<>();
    main.forEach(a -> counts.add(a.index()));
    return countTargets(counts, scope);
  }

  /**
   * "500 leads a month": a total (or a bound of a rate) in each calendar day, week, month or
   * quarter of the period, as the goal's measurement window.
   */
  private GoalDraft perPeriod(
      TargetReader r,
      TargetReader.PerPeriod per,
      List<TargetReader.Amount> main,
      TargetReader.@Nullable Amount from,
      Scope scope,
      boolean multiple) {
    Window w =
        switch (per.unit()) {
          case "day" -> Window.perDay();
          case "week" -> Window.perWeek();
          case "month" -> Window.perMonth();
          case "quarter" -> Window.perQuarter();
          default -> null;
        };
    MetricDefinition def = metric == null ? null : vocabulary.definition(metric);
    Reason why = null;
    Object[] args = {};
    if (w == null) {
      why = Reason.TARGET_PER_YEAR; // the only unit without a window
    } else if (def == null) {
      why = Reason.PER_PERIOD_UNKNOWN_METRIC;
    } else if (!w.allows(def.accumulation())) {
      why = Reason.PER_PERIOD_OF_LEVEL;
      args = new Object[] {def.name()};
    } else if (multiple || main.size() != 1 || from != null) {
      why = Reason.PER_PERIOD_ONE_NUMBER;
    }
    if (why != null || w == null) {
      r.fail(per.text(), why == null ? Reason.TARGET_PER_PERIOD : why, args);
      return draft(scope, null, Set.of());
    }
    TargetReader.Result res = r.read(main.get(0), null);
    Target t = res.target();
    if (t == null) {
      return draft(scope, null, Set.of());
    }
    if (!(t instanceof Target.Total || t instanceof Target.Band)) {
      r.fail(per.text(), Reason.PER_PERIOD_CHANGE);
      return draft(scope, null, Set.of());
    }
    return draft(scope, t, Set.of())
        .withConfidence(GoalPart.TARGET, res.confidence())
        .withWindow(w);
  }

  private List<BigDecimal> multipliers() {
    List<BigDecimal> out = new ArrayList<>();
    for (String f : lex.suffixes("multiplier.")) {
      for (int i = 0; i < tokens.size(); i++) {
        int len = lex.match("multiplier." + f, tokens, i);
        if (len > 0) {
          out.add(new BigDecimal(f));
          for (int k = i; k < i + len; k++) {
            use(k);
          }
        }
      }
    }
    return out;
  }

  private GoalDraft multiplied(
      TargetReader r,
      List<BigDecimal> multipliers,
      List<TargetReader.Amount> main,
      TargetReader.@Nullable Amount from,
      Scope scope) {
    BigDecimal f = multipliers.get(0);
    if (multipliers.size() > 1 || !main.isEmpty()) {
      r.fail("", Reason.SEVERAL_TARGETS);
      return draft(scope, null, Set.of());
    }
    boolean up = f.compareTo(BigDecimal.ONE) > 0;
    if ((up && r.decrease && !r.increase) || (!up && r.increase && !r.decrease)) {
      r.fail("", Reason.MULTIPLE_AGAINST_VERB);
      return draft(scope, null, Set.of());
    }
    GoalDraft d = draft(scope, Target.multiplyBy(f), Set.of());
    if (from != null) {
      BigDecimal base = r.baselineOf(from);
      if (base == null) {
        return draft(scope, null, Set.of()); // reported: the baseline did not fit the metric
      }
      d = d.withBaseline(base, reference);
    }
    return d;
  }

  private List<GoalDraft> countTargets(List<Integer> counts, Scope scope) {
    if (counts.size() == 1) {
      return List.of(draft(scope, countTarget(tokens.get(counts.get(0))), Set.of()));
    }
    if (platforms.size() == counts.size()) {
      // "500 from Facebook and 150 from Twitter": the k-th number goes with the k-th platform
      List<GoalDraft> drafts = new ArrayList<>();
      for (int k = 0; k < counts.size(); k++) {
        drafts.add(
            draft(
                scope(List.of(platforms.get(k))),
                countTarget(tokens.get(counts.get(k))),
                Set.of()));
      }
      return drafts;
    }
    Set<String> tags = new TreeSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i : counts) {
      String q = qualifierAfter(i);
      String tag = q + ":" + number(tokens.get(i)).toPlainString();
      if (q != null && tag.length() > MAX_TAG_LENGTH) {
        // Found by fuzzing: such a draft could not become a goal (Goal refuses the tag).
        unresolved.add(reasons.part(q, GoalPart.OTHER, Reason.QUALIFIER_TOO_LONG, MAX_TAG_LENGTH));
        return List.of(draft(scope, null, Set.of()));
      }
      if (q == null || !tags.add(tag)) {
        unresolved.add(
            reasons.part(
                "", GoalPart.OTHER, Reason.NUMBERS_PER_PLATFORMS, counts.size(), platforms.size()));
        return List.of(draft(scope, null, Set.of()));
      }
      sum = sum.add(number(tokens.get(i)));
    }
    // "two free influencers and one paid influencer": one goal of the sum, tagged by qualifier
    return List.of(draft(scope, countTarget(sum), tags));
  }

  private @Nullable String qualifierAfter(int i) {
    int j = i + 1;
    if (j < tokens.size()) {
      Token t = tokens.get(j);
      if (t.kind == Token.Kind.WORD && !t.used && !NOT_QUALIFIERS.contains(t.lower)) {
        return t.lower;
      }
    }
    return null;
  }

  private @Nullable Target countTarget(Token t) {
    return countTarget(number(t));
  }

  private @Nullable Target countTarget(BigDecimal n) {
    if (metric == null) {
      unresolved.add(
          reasons.part(n.toPlainString(), GoalPart.TARGET, Reason.NUMBER_FOR_UNKNOWN_METRIC));
      return null;
    }
    if (n.signum() <= 0) {
      unresolved.add(reasons.part(n.toPlainString(), GoalPart.OTHER, Reason.TARGET_NOT_POSITIVE));
      return null;
    }
    // A count of a snapshot metric (followers) is a level to reach; of a flow (leads), a total.
    return metric != null && !metricAdditive ? Target.increaseTo(n) : Target.total(n);
  }

  // ---- helpers ----

  private GoalDraft draft(Scope scope, @Nullable Target target, Set<String> tags) {
    MetricId m = metric;
    GoalCategory category = m == null ? null : Vocabulary.category(m);
    return GoalDraft.of(
            statement, m, category, scope, target, period == null ? null : period.range(), tags)
        .withConfidence(GoalPart.METRIC, m == null ? 0.0 : metricConfidence)
        .withConfidence(GoalPart.TARGET, target == null ? 0.0 : 0.9);
  }

  private Scope scope(List<Platform> ps) {
    Scope s;
    if (allPlatforms && ps.isEmpty()) {
      s = Scope.allPlatforms();
    } else if (ps.isEmpty()) {
      s = Scope.unspecified();
    } else {
      s = Scope.of(ps);
    }
    if (campaign != null) {
      s = s.withCampaign(Vocabulary.clip(campaign));
    }
    if (content != null) {
      s = s.withContent(Vocabulary.clip(content));
    }
    if (product != null) {
      s = s.withProduct(Vocabulary.clip(product));
    }
    return s;
  }

  private static BigDecimal number(Token t) {
    BigDecimal n = t.number;
    return n == null ? BigDecimal.ZERO : n;
  }

  private static boolean isArticle(Token t) {
    return t.isWord("a") || t.isWord("an") || t.isWord("the") || t.isWord("our");
  }

  private static boolean isNumberLike(Token t) {
    return t.kind == Token.Kind.NUMBER || t.kind == Token.Kind.CURRENCY;
  }

  private boolean wordAt(int i, String w) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord(w);
  }

  private String text(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to && k < tokens.size(); k++) {
      String w = tokens.get(k).text;
      s.append(k > from && !w.isEmpty() ? " " : "").append(w);
    }
    return s.toString();
  }

  /** The grammar's words of tokens: English, also for a statement in another language. */
  private String lowerText(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to && k < tokens.size(); k++) {
      s.append(k > from ? " " : "").append(tokens.get(k).lower);
    }
    return s.toString();
  }

  private void use(int i) {
    if (i >= 0 && i < tokens.size()) {
      tokens.get(i).used = true;
    }
  }
}
