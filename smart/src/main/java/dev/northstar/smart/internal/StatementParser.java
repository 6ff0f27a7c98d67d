package dev.northstar.smart.internal;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.smart.statement.GoalDraft;
import dev.northstar.smart.statement.ParsedStatement;
import dev.northstar.smart.statement.UnresolvedPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  private static final Set<String> INCREASE =
      Set.of(
          "increase",
          "grow",
          "raise",
          "boost",
          "improve",
          "lift",
          "gain",
          "get",
          "reach",
          "generate",
          "make",
          "earn",
          "sign",
          "recruit",
          "win",
          "attract",
          "drive",
          "add");
  private static final Set<String> DECREASE =
      Set.of("decrease", "reduce", "cut", "lower", "drop", "shrink", "halve");
  private static final Map<String, BigDecimal> MULTIPLIERS =
      Map.of(
          "double", BigDecimal.valueOf(2),
          "doubling", BigDecimal.valueOf(2),
          "triple", BigDecimal.valueOf(3),
          "tripling", BigDecimal.valueOf(3),
          "quadruple", BigDecimal.valueOf(4),
          "halve", new BigDecimal("0.5"),
          "halving", new BigDecimal("0.5"));
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
  private static final Set<String> VAGUE =
      Set.of("presence", "better", "audience", "brand", "awareness", "visibility", "buzz");

  /** A goal's longest tag (see {@code Goal.Builder#tags}). */
  private static final int MAX_TAG_LENGTH = 100;

  private final String statement;
  private final LocalDate reference;
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

  /**
   * Prepares to parse one statement.
   *
   * @param statement the statement
   * @param reference the reference date for relative periods
   */
  public StatementParser(String statement, LocalDate reference) {
    this.statement = statement;
    this.reference = reference;
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
    tokens = Tokenizer.tokenize(statement, unresolved);
    quotedNames();
    unquotedCampaign();
    periods();
    purpose();
    platforms();
    metrics();
    List<GoalDraft> drafts = targets();
    if (period == null) {
      unresolved.add(
          new UnresolvedPart(
              "",
              "names no period or deadline; say one, such as \"within six months\", \"next"
                  + " quarter\" or \"by the end of August\""));
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

  // ---- periods ----

  private void periods() {
    int i = 0;
    while (i < tokens.size()) {
      PeriodPatterns.Match m = PeriodPatterns.at(tokens, i, reference);
      if (m == null) {
        i++;
        continue;
      }
      for (int k = m.from(); k < m.to(); k++) {
        use(k);
      }
      if (m.problem() != null) {
        unresolved.add(new UnresolvedPart(m.text(), m.problem()));
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
                    + ")"));
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
      if ((t.lower.equals("all") || t.lower.equals("every"))
          && i + 1 < tokens.size()
          && Set.of("platforms", "platform", "networks", "network", "channels", "channel")
              .contains(tokens.get(i + 1).lower)) {
        allPlatforms = true;
        use(i);
        use(i + 1);
        continue;
      }
      Platform p = Vocabulary.platform(t);
      if (p != null) {
        use(i);
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
                  + "); say one or the other"));
    }
    if (!allPlatforms && platforms.isEmpty()) {
      unresolved.add(
          new UnresolvedPart(
              "",
              "names no platform; name them, such as \"on LinkedIn\", or say \"all platforms\""));
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
      if (t.used) {
        continue;
      }
      MetricId m = null;
      if (t.kind == Token.Kind.CURRENCY) {
        m = CoreMetrics.REVENUE;
      } else if (t.kind == Token.Kind.WORD) {
        if (t.lower.equals("reach") && i + 1 < tokens.size() && isNumberLike(tokens.get(i + 1))) {
          continue; // "reach 5,000 followers": the verb, not the metric
        }
        m = Vocabulary.metric(t.lower, content != null);
        // "views" alone is no metric word, so "page views" is recognised here, not by the table
        if (m == null && i > 0 && tokens.get(i - 1).isWord("page") && t.lower.equals("views")) {
          m = CoreMetrics.PAGE_VIEWS;
        }
      }
      if (m != null) {
        use(i);
        found.add(m);
        words.add(t.text);
        productBefore(i);
      }
    }
    if (found.size() == 1) {
      metric = found.iterator().next();
      metricAdditive = Vocabulary.isAdditive(metric);
    } else if (found.size() > 1) {
      unresolved.add(
          new UnresolvedPart(
              String.join(", ", words),
              "names several metrics ("
                  + found.stream().map(MetricId::toString).collect(Collectors.joining(", "))
                  + "); a goal measures one, so split the statement"));
    } else {
      String vague = null;
      for (Token t : tokens) {
        if (t.kind == Token.Kind.WORD && VAGUE.contains(t.lower)) {
          vague = t.text;
          break;
        }
      }
      unresolved.add(
          new UnresolvedPart(
              vague == null ? "" : vague,
              (vague == null ? "names no metric" : "is vague and names no metric")
                  + "; say which, such as followers, reach, leads or sales"));
    }
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

  // ---- targets ----

  private List<GoalDraft> targets() {
    boolean increase = false;
    boolean decrease = false;
    List<Token> percents = new ArrayList<>();
    List<BigDecimal> multipliers = new ArrayList<>();
    List<Integer> toValues = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.used) {
        continue;
      }
      if (t.kind == Token.Kind.WORD) {
        increase |= INCREASE.contains(t.lower);
        decrease |= DECREASE.contains(t.lower);
        BigDecimal f = MULTIPLIERS.get(t.lower);
        if (f != null) {
          multipliers.add(f);
          use(i);
        }
      } else if (t.kind == Token.Kind.PERCENT) {
        percents.add(t);
        use(i);
      } else if (t.kind == Token.Kind.NUMBER) {
        if (wordAt(i - 1, "to") || (wordAt(i - 2, "to") && tokenAt(i - 1, Token.Kind.CURRENCY))) {
          toValues.add(i);
        } else if (i + 1 < tokens.size() && Vocabulary.isTimeUnit(tokens.get(i + 1).lower)) {
          unresolved.add(
              new UnresolvedPart(
                  t.text + " " + tokens.get(i + 1).text,
                  "a duration without \"within\" or \"in\"; write \"within "
                      + t.text
                      + " "
                      + tokens.get(i + 1).text
                      + "\""));
          use(i + 1);
        } else {
          counts.add(i);
        }
        use(i);
      }
    }
    int kinds =
        (percents.isEmpty() ? 0 : 1)
            + (multipliers.isEmpty() ? 0 : 1)
            + (toValues.isEmpty() ? 0 : 1)
            + (counts.isEmpty() ? 0 : 1);
    Scope scope = scope(platforms);
    if (kinds == 0) {
      unresolved.add(
          new UnresolvedPart(
              "",
              "names no number; say how much, such as \"by 20%\", \"double\" or \"500 new"
                  + " leads\""));
      return List.of(draft(scope, null, Set.of()));
    }
    if (kinds > 1 || percents.size() > 1 || multipliers.size() > 1 || toValues.size() > 1) {
      unresolved.add(
          new UnresolvedPart(
              "", "names several targets (percents, multiples or values) for one goal; keep one"));
      return List.of(draft(scope, null, Set.of()));
    }
    if (!multipliers.isEmpty()) {
      return List.of(draft(scope, Target.multiplyBy(multipliers.get(0)), Set.of()));
    }
    if (!percents.isEmpty()) {
      return List.of(draft(scope, percentTarget(percents.get(0), increase, decrease), Set.of()));
    }
    if (!toValues.isEmpty()) {
      return List.of(
          draft(scope, toTarget(tokens.get(toValues.get(0)), increase, decrease), Set.of()));
    }
    return countTargets(counts, scope);
  }

  private @Nullable Target percentTarget(Token t, boolean increase, boolean decrease) {
    BigDecimal p = number(t);
    if (increase == decrease) {
      unresolved.add(
          new UnresolvedPart(
              t.text,
              increase
                  ? "both increase and decrease words are used; say which one"
                  : "a percent without \"increase\" or \"decrease\"; say which"));
      return null;
    }
    if (p.signum() <= 0 || (decrease && p.compareTo(BigDecimal.valueOf(100)) > 0)) {
      unresolved.add(
          new UnresolvedPart(
              t.text,
              decrease ? "a decrease must be from 0% to 100%" : "a percent must be above 0"));
      return null;
    }
    return decrease ? Target.decreaseByPercent(p) : Target.increaseByPercent(p);
  }

  private @Nullable Target toTarget(Token t, boolean increase, boolean decrease) {
    if (increase == decrease) {
      unresolved.add(
          new UnresolvedPart(t.text, "a value to reach without saying increase or decrease"));
      return null;
    }
    return decrease ? Target.decreaseTo(number(t)) : Target.increaseTo(number(t));
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
        statement, m, category, scope, target, period == null ? null : period.range(), tags);
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

  private boolean tokenAt(int i, Token.Kind kind) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind == kind;
  }

  private void use(int i) {
    if (i >= 0 && i < tokens.size()) {
      tokens.get(i).used = true;
    }
  }
}
