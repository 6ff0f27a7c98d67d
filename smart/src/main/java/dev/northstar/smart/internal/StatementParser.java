package dev.northstar.smart.internal;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.smart.statement.GoalDraft;
import dev.northstar.smart.statement.GoalPart;
import dev.northstar.smart.statement.ParsedStatement;
import dev.northstar.smart.statement.UnresolvedPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
  private final FiscalCalendar fiscal;
  private double metricConfidence = 1.0;
  private final List<UnresolvedPart> unresolved = new ArrayList<>();
  private List<Token> tokens = List.of();

  private @Nullable String campaign;
  private @Nullable String content;
  private @Nullable String product;
  private PeriodPatterns.@Nullable Match period;
  private final List<Platform> platforms = new ArrayList<>();
  private boolean allPlatforms;
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
    this.fiscal = fiscal;
  }

  /**
   * Parses the statement.
   *
   * @return the drafts and unresolved parts
   */
  public ParsedStatement parse() {
    if (statement.isBlank()) {
      unresolved.add(new UnresolvedPart("", "the statement is empty"));
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
    yearOverYear();
    periods();
    purpose();
    platforms();
    metrics();
    List<GoalDraft> drafts = clauses.isEmpty() ? targets() : clauseTargets();
    if (period == null) {
      unresolved.add(
          new UnresolvedPart(
              "",
              "names no period or deadline; say one, such as \"within six months\", \"next"
                  + " quarter\" or \"by the end of August\"",
              GoalPart.PERIOD));
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
          unresolved.add(
              new UnresolvedPart(
                  t.text, "a second campaign; the goal keeps the first, \"" + campaign + "\""));
        }
      } else if (wordAt(i + 1, "page")) {
        use(i);
        use(i + 1);
        content = t.text;
      } else {
        unresolved.add(
            new UnresolvedPart(
                t.text,
                "a quoted name that is neither a campaign nor a page; write \"... campaign\" or"
                    + " \"... page\" after it"));
        use(i);
      }
    }
  }

  private void unquotedCampaign() {
    for (int i = 0; i < tokens.size(); i++) {
      if (campaign == null && wordAt(i, "campaign") && !tokens.get(i).used) {
        use(i);
        unresolved.add(
            new UnresolvedPart(
                "campaign",
                "a campaign without a quoted name; write its name in quotes, such as"
                    + " \"Back to school\" campaign"));
      }
    }
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
      String problem = m.problem();
      if (problem != null) {
        unresolved.add(new UnresolvedPart(m.text(), problem, GoalPart.PERIOD));
      } else if (period == null) {
        period = m;
      } else {
        unresolved.add(
            new UnresolvedPart(
                m.text(),
                "a second period; the goal uses the first, \""
                    + period.text()
                    + "\" ("
                    + period.range()
                    + ")",
                GoalPart.PERIOD));
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
          new UnresolvedPart(
              "all platforms",
              "says all platforms and also names some ("
                  + names(platforms)
                  + "); say one or the other",
              GoalPart.SCOPE));
    }
    if (!allPlatforms && platforms.isEmpty()) {
      unresolved.add(
          new UnresolvedPart(
              "",
              "names no platform; name them, such as \"on LinkedIn\", or say \"all platforms\"",
              GoalPart.SCOPE));
    }
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
          && (isNumberLike(tokens.get(i + 1)) || tokens.get(i + 1).kind == Token.Kind.PERCENT)
          && (!verbBefore(i) || (i > 0 && tokens.get(i - 1).isWord("to")))) {
        // "reach 5,000 followers", "Reach 2% CTR", "get leads to reach 500": the verb, not the
        // metric; after another verb ("Boost LinkedIn reach 25%"), the metric
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
      if (lex.match("metric-modifier.after", tokens, i + m.length()) > 0
          || (i > 0 && lex.match("metric-modifier.before", tokens, i - 1) > 0)) {
        // "cost per lead", "lead quality": a metric word inside a name the vocabulary lacks
        unknownPhrase = true;
        words.add(text);
        continue;
      }
      if (isAmountIn(i, m.metrics())) {
        unresolved.add(
            new UnresolvedPart(
                text(i - 2, i + m.length()),
                "\"N in "
                    + text
                    + "\" may be an amount of money; write \"N "
                    + text
                    + "\" for a count, or name the money metric (\"revenue\")",
                GoalPart.METRIC));
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
          new UnresolvedPart(
              String.join(", ", words),
              "names a metric the vocabulary does not know; write one of its metrics, such as"
                  + " followers, engagement rate, cost per click or leads",
              GoalPart.METRIC));
    } else if (found.size() == 1) {
      metric = found.iterator().next();
      metricAdditive = Vocabulary.isAdditive(vocabulary.definition(metric));
    } else if (found.size() > 1 && !(clauses = clauses()).isEmpty()) {
      return; // one goal per clause
    } else if (found.size() > 1) {
      unresolved.add(
          new UnresolvedPart(
              String.join(", ", words),
              "names several metrics ("
                  + found.stream().map(MetricId::toString).collect(Collectors.joining(", "))
                  + "); a goal measures one, so split the statement",
              GoalPart.METRIC));
    } else {
      String vague = null;
      for (Token t : tokens) {
        if (t.kind == Token.Kind.WORD && lex.is("vague", t.lower)) {
          vague = t.text;
          break;
        }
      }
      unresolved.add(
          new UnresolvedPart(
              vague == null ? "" : vague,
              (vague == null ? "names no metric" : "is vague and names no metric")
                  + "; say which, such as followers, reach, leads or sales",
              GoalPart.METRIC));
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
            new UnresolvedPart(
                text(clause.from(), clause.to()),
                "names no platform of its own while another clause does; name this clause's",
                GoalPart.SCOPE));
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
            tokens, lex, metric == null ? null : vocabulary.definition(metric), unresolved);
    Scope scope = scope(platforms);
    TargetReader.PerPeriod per = r.perPeriod();
    List<BigDecimal> multipliers = multipliers();
    if (yearOverYear != null) {
      r.fail(
          yearOverYear,
          "a change against the same period a year earlier; a goal's target is a level, total or"
              + " change from its baseline, so say the level or total to reach");
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
          from == null
              ? "names no number; say how much, such as \"by 20%\", \"double\" or \"500 new"
                  + " leads\""
              : "a baseline without a target; say \"from X to Y\"");
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
        r.fail("", "names several targets (percents, multiples or values) for one goal; keep one");
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
    String why = null;
    if (w == null) {
      why = "a target per " + per.unit() + ": goals are measured per day, week, month or quarter";
    } else if (def == null) {
      why = "a target per period of an unknown metric; name the metric";
    } else if (!w.allows(def.accumulation())) {
      why =
          def.name()
              + " is a level, not a number per period; say the level to reach, such as \"to"
              + " 5,000\"";
    } else if (multiple || main.size() != 1 || from != null) {
      why = "a target per period is one number, such as \"500 leads a month\"";
    }
    if (why != null || w == null) {
      r.fail(per.text(), why == null ? "a target per period" : why);
      return draft(scope, null, Set.of());
    }
    TargetReader.Result res = r.read(main.get(0), null);
    Target t = res.target();
    if (t == null) {
      return draft(scope, null, Set.of());
    }
    if (!(t instanceof Target.Total || t instanceof Target.Band)) {
      r.fail(
          per.text(),
          "a change per period (\"by 5% a month\") is not a goal's window; say the total or the"
              + " level for the whole period");
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
      r.fail("", "names several targets (percents, multiples or values) for one goal; keep one");
      return draft(scope, null, Set.of());
    }
    boolean up = f.compareTo(BigDecimal.ONE) > 0;
    if ((up && r.decrease && !r.increase) || (!up && r.increase && !r.decrease)) {
      r.fail("", "a multiple against the verb (\"reduce\" with \"double\"); say which");
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
        unresolved.add(
            new UnresolvedPart(
                q,
                "the qualifier is too long for a tag (at most "
                    + MAX_TAG_LENGTH
                    + " characters with its number)"));
        return List.of(draft(scope, null, Set.of()));
      }
      if (q == null || !tags.add(tag)) {
        unresolved.add(
            new UnresolvedPart(
                "",
                counts.size()
                    + " numbers for "
                    + platforms.size()
                    + " platforms: cannot tell which number goes with which; give one number per"
                    + " platform"));
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
          new UnresolvedPart(
              n.toPlainString(),
              "a number for an unknown metric: a total, or a level? name the metric",
              GoalPart.TARGET));
      return null;
    }
    if (n.signum() <= 0) {
      unresolved.add(new UnresolvedPart(n.toPlainString(), "a target must be above 0"));
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
