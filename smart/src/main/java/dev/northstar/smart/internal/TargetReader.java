package dev.northstar.smart.internal;

import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.smart.statement.GoalPart;
import dev.northstar.smart.statement.UnresolvedPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target of a statement by its meaning: a level ("to 4%", "reach 10,000"), a change ("by
 * 4%", "double"), a baseline and a level ("from 2% to 4%"), a bound ("below $1.50", "at least
 * 4.5"), or a total ("500 new leads"). Values take the metric's unit: percents of rates become
 * fractions; money goes with costs and revenue only. Whatever it is not sure of is unresolved.
 */
final class TargetReader {

  /** What the words just before a number say it is. */
  enum Context {
    TO,
    REACH,
    BY,
    FROM,
    BELOW,
    ABOVE,
    AT_LEAST,
    PLAIN
  }

  /** A number of the statement with what surrounds it. */
  record Amount(
      int index,
      String text,
      BigDecimal value,
      boolean percent,
      boolean money,
      boolean points,
      boolean perPeriod,
      boolean duration,
      boolean seconds,
      Context context) {}

  /** A resolved target, the baseline if any, and how sure the reading is. */
  record Result(@Nullable Target target, @Nullable BigDecimal baseline, double confidence) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** How many words after a number may still say it counts new ones. */
  private static final int GAIN_WINDOW = 4;

  private final List<Token> tokens;
  private final Lexicon lex;
  private final @Nullable MetricDefinition metric;
  private final List<UnresolvedPart> unresolved;
  private final Reasons reasons;
  boolean increase;
  boolean decrease;
  boolean keep;

  /** True when an increase word other than one of arriving ({@code verb.arrive}) is used. */
  private boolean directed;

  TargetReader(
      List<Token> tokens,
      Lexicon lex,
      @Nullable MetricDefinition metric,
      List<UnresolvedPart> unresolved,
      Reasons reasons) {
    this.tokens = tokens;
    this.reasons = reasons;
    this.lex = lex;
    this.metric = metric;
    this.unresolved = unresolved;
  }

  /** The amounts of the unused tokens, marking them and the words around them used. */
  List<Amount> amounts() {
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.used) {
        continue;
      }
      if (t.kind == Token.Kind.WORD) {
        int up = lex.match("verb.increase", tokens, i);
        increase |= up > 0;
        // "get", "hit": arriving at a value says no direction; "grow", "raise" do
        directed |= up > 0 && lex.match("verb.arrive", tokens, i) != up;
        decrease |= lex.match("verb.decrease", tokens, i) > 0;
        keep |= lex.match("verb.keep", tokens, i) > 0;
        continue;
      }
      if (t.kind != Token.Kind.NUMBER && t.kind != Token.Kind.PERCENT) {
        continue;
      }
      t.used = true;
      boolean sign = i > 0 && tokens.get(i - 1).kind == Token.Kind.CURRENCY;
      boolean money = sign;
      if (money) {
        tokens.get(i - 1).used = true;
      }
      int j = i + 1;
      int c = lex.match("currency", tokens, j);
      if (c > 0) {
        money = true;
        mark(j, c);
        j += c;
      }
      int p = lex.match("points", tokens, j);
      boolean points = p > 0;
      mark(j, p);
      j += p;
      int d = lex.match("duration", tokens, j);
      BigDecimal secondsEach = d > 0 ? secondsOf(j, d) : null;
      boolean duration = d > 0 && secondsEach == null;
      if (secondsEach != null) {
        mark(j, d);
      }
      if (j < tokens.size() && isTimeUnitWord(tokens.get(j))) {
        // "500 leads 3 months": a period without "within", reported as such
        Token unit = tokens.get(j);
        unit.used = true;
        unresolved.add(
            reasons.part(
                t.text + " " + unit.text,
                GoalPart.PERIOD,
                Reason.DURATION_WITHOUT_WITHIN,
                t.text + " " + unit.text));
        continue;
      }
      Context context = context(sign ? i - 1 : i);
      out.add(
          new Amount(
              i,
              t.text,
              t.number == null
                  ? BigDecimal.ZERO
                  : secondsEach == null ? t.number : t.number.multiply(secondsEach),
              t.kind == Token.Kind.PERCENT,
              money,
              points,
              false,
              duration,
              secondsEach != null,
              context));
    }
    return out;
  }

  private boolean isTimeUnitWord(Token t) {
    for (String u : List.of("day", "week", "month", "quarter", "year")) {
      if (!t.used && t.kind == Token.Kind.WORD && lex.is("unit." + u, t.lower)) {
        return true;
      }
    }
    return false;
  }

  /** A per-period phrase: its words and the time unit. */
  record PerPeriod(String text, String unit) {}

  /** The per-period phrase of the unused words ("per month", "a week", "monthly"), or null. */
  @Nullable PerPeriod perPeriod() {
    for (int i = 0; i < tokens.size(); i++) {
      for (String u : List.of("day", "week", "month", "quarter", "year")) {
        int len = lex.match("per." + u, tokens, i);
        if (len > 0) {
          StringBuilder s = new StringBuilder();
          for (int k = i; k < i + len; k++) {
            s.append(k > i ? " " : "").append(tokens.get(k).text);
            tokens.get(k).used = true;
          }
          return new PerPeriod(s.toString(), u);
        }
      }
    }
    return null;
  }

  /**
   * The seconds in one of the unit of time the {@code len} words at {@code i} name ("hours": 3600),
   * from the lexicon's {@code seconds.<n>} keys; null for a unit it does not list, and for words of
   * another language, whose units the translation does not keep apart.
   */
  private @Nullable BigDecimal secondsOf(int i, int len) {
    for (int k = i; k < i + len; k++) {
      if (tokens.get(k).translated) {
        return null;
      }
    }
    for (String n : lex.suffixes("seconds.")) {
      if (lex.match("seconds." + n, tokens, i) == len) {
        return new BigDecimal(n);
      }
    }
    return null;
  }

  private void mark(int from, int len) {
    for (int k = from; k < from + len; k++) {
      tokens.get(k).used = true;
    }
  }

  /** The context a number at {@code i} has from the words right before it. */
  private Context context(int i) {
    if (endsBefore("bound.below", i)) {
      return Context.BELOW;
    }
    if (endsBefore("bound.above", i)) {
      String w = i >= 2 ? tokens.get(i - 2).lower + " " + tokens.get(i - 1).lower : "";
      return w.equals("at least")
              || w.equals("a minimum")
              || w.equals("less than")
              || (i >= 3 && tokens.get(i - 3).lower.equals("a") && w.equals("minimum of"))
          ? Context.AT_LEAST
          : Context.ABOVE;
    }
    String prev = i > 0 && tokens.get(i - 1).kind == Token.Kind.WORD ? tokens.get(i - 1).lower : "";
    if (lex.is("to", prev)) {
      return Context.TO;
    }
    if (lex.is("by", prev)) {
      return Context.BY;
    }
    if (lex.is("from", prev)) {
      return Context.FROM;
    }
    if (lex.is("verb.reach", prev)) {
      return Context.REACH;
    }
    return Context.PLAIN;
  }

  /** Tells whether a phrase of {@code key} ends right before token {@code i}. */
  private boolean endsBefore(String key, int i) {
    for (List<String> p : lex.phrases(key)) {
      int start = i - p.size();
      if (start >= 0 && spellsAnyway(p, start)) {
        for (int k = start; k < i; k++) {
          tokens.get(k).used = true;
        }
        return true;
      }
    }
    return false;
  }

  private boolean spellsAnyway(List<String> phrase, int start) {
    for (int k = 0; k < phrase.size(); k++) {
      Token t = tokens.get(start + k);
      if (t.kind != Token.Kind.WORD || !t.lower.equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  // ---- one amount, or a baseline and an amount ----

  /** The target of one main amount, with an optional baseline ("from X"). */
  Result read(Amount a, @Nullable Amount from) {
    if (a.perPeriod() || a.duration()) {
      return fail(a.text(), a.duration() ? Reason.TARGET_IN_TIME_UNITS : Reason.TARGET_PER_PERIOD);
    }
    if (keep
        && a.context() != Context.BELOW
        && a.context() != Context.ABOVE
        && a.context() != Context.AT_LEAST) {
      return fail(a.text(), Reason.KEEP_WITHOUT_BOUND);
    }
    BigDecimal base = null;
    if (from != null) {
      base = value(from, Reason.BASELINE_OF_UNKNOWN_METRIC);
      if (base == null) {
        return new Result(null, null, 0);
      }
    }
    return switch (a.context()) {
      case TO -> level(a, base);
      case REACH ->
          metric != null && metric.additivity() == Additivity.ADDITIVE
              ? plain(a, base)
              : level(a, base);
      case BY -> change(a, base);
      case BELOW, ABOVE, AT_LEAST -> bound(a, base);
      default -> plain(a, base);
    };
  }

  private Result level(Amount a, @Nullable BigDecimal base) {
    if (a.points()) {
      return fail(a.text(), Reason.TO_WITH_POINTS);
    }
    BigDecimal v = value(a, Reason.TARGET_OF_UNKNOWN_METRIC);
    if (v == null) {
      return new Result(null, null, 0);
    }
    boolean up;
    if (base != null) {
      int cmp = v.compareTo(base);
      if (cmp == 0 || (cmp > 0 && decrease && !increase) || (cmp < 0 && increase && !decrease)) {
        return fail(a.text(), Reason.AGAINST_BASELINE);
      }
      up = cmp > 0;
    } else if (!decrease && !directed && (increase || a.context() == Context.REACH)) {
      // "hit a CPC of $1.20", "get response time to 30 minutes": arriving at a level goes the way
      // the metric gets better
      up = metric == null || metric.polarity() != Polarity.LOWER_IS_BETTER;
    } else if (increase == decrease) {
      return fail(a.text(), increase ? Reason.BOTH_DIRECTIONS : Reason.LEVEL_WITHOUT_DIRECTION);
    } else {
      up = increase;
    }
    if (v.signum() <= 0 && up) {
      return fail(a.text(), Reason.TARGET_NOT_POSITIVE);
    }
    return new Result(up ? Target.increaseTo(v) : Target.decreaseTo(v), base, 1.0);
  }

  private Result change(Amount a, @Nullable BigDecimal base) {
    if (increase == decrease) {
      return fail(a.text(), increase ? Reason.BOTH_DIRECTIONS : Reason.CHANGE_WITHOUT_DIRECTION);
    }
    if (a.points()) {
      if (base == null || !isRatio()) {
        return fail(a.text(), Reason.POINTS_NEED_BASELINE);
      }
      BigDecimal d = a.value().divide(HUNDRED);
      BigDecimal v = increase ? base.add(d) : base.subtract(d);
      return v.signum() <= 0
          ? fail(a.text(), Reason.RATE_TO_ZERO)
          : new Result(increase ? Target.increaseTo(v) : Target.decreaseTo(v), base, 1.0);
    }
    if (!a.percent() || a.money()) {
      return fail(a.text(), Reason.AMOUNT_CHANGE_NEEDS_BASELINE);
    }
    if (isRatio() || isScore()) {
      return fail(a.text(), Reason.PERCENT_OF_RATE_AMBIGUOUS);
    }
    return percentChange(a, base);
  }

  private Result percentChange(Amount a, @Nullable BigDecimal base) {
    BigDecimal p = a.value();
    if (p.signum() <= 0 || (decrease && p.compareTo(HUNDRED) > 0)) {
      return fail(a.text(), decrease ? Reason.DECREASE_OUT_OF_RANGE : Reason.PERCENT_NOT_POSITIVE);
    }
    return new Result(
        decrease ? Target.decreaseByPercent(p) : Target.increaseByPercent(p), base, 1.0);
  }

  private Result bound(Amount a, @Nullable BigDecimal base) {
    BigDecimal v = value(a, Reason.THRESHOLD_OF_UNKNOWN_METRIC);
    if (v == null) {
      return new Result(null, null, 0);
    }
    boolean additive = metric != null && metric.additivity() == Additivity.ADDITIVE;
    if (additive) {
      if (a.context() == Context.AT_LEAST && !decrease && v.signum() > 0) {
        return new Result(Target.total(v), base, 0.9);
      }
      return fail(a.text(), Reason.BOUND_ON_TOTAL);
    }
    if (a.context() == Context.BELOW) {
      return increase && !decrease
          ? fail(a.text(), Reason.INCREASE_WITH_UPPER_BOUND)
          : new Result(Target.stayBelow(v), base, 1.0);
    }
    return decrease && !increase
        ? fail(a.text(), Reason.DECREASE_WITH_LOWER_BOUND)
        : new Result(Target.stayAbove(v), base, 1.0);
  }

  private Result plain(Amount a, @Nullable BigDecimal base) {
    if (a.percent() && !isRatio()) {
      return percentChangeWithVerb(a, base);
    }
    if (a.percent()
        && increase
        && !directed
        && !decrease
        && a.index() > 0
        && tokens.get(a.index() - 1).isWord("of")) {
      // "reach a CTR of 2%", "hit an engagement rate of 5%": arriving at a level it names
      return level(a, base);
    }
    if (a.percent()) {
      return fail(a.text(), Reason.RATE_PERCENT_WITHOUT_CONTEXT);
    }
    if (metric == null) {
      return fail(a.text(), Reason.NUMBER_FOR_UNKNOWN_METRIC);
    }
    BigDecimal v = value(a, Reason.TARGET_OF_UNKNOWN_METRIC);
    if (v == null) {
      return new Result(null, null, 0);
    }
    if (v.signum() <= 0) {
      return fail(a.text(), Reason.TARGET_NOT_POSITIVE);
    }
    if (metric.additivity() == Additivity.ADDITIVE && !decrease) {
      return new Result(Target.total(v), base, 0.9);
    }
    if (metric.additivity() != Additivity.ADDITIVE && gainAfter(a.index())) {
      return fail(a.text(), Reason.GAIN_OF_LEVEL);
    }
    if (metric.additivity() != Additivity.ADDITIVE && increase && !decrease) {
      // "hit a CPC of $1.20": arriving at a level goes the way the metric gets better
      boolean up = directed || metric.polarity() != Polarity.LOWER_IS_BETTER;
      return new Result(up ? Target.increaseTo(v) : Target.decreaseTo(v), base, 0.9);
    }
    if (metric.additivity() != Additivity.ADDITIVE
        && !increase
        && !decrease
        && metric.unit() == MetricUnit.COUNT) {
      return new Result(Target.increaseTo(v), base, 0.8);
    }
    return fail(a.text(), Reason.NUMBER_WITHOUT_CONTEXT);
  }

  /**
   * "5,000 new followers", "5.000 pengikut baru": a word of gain among the few words after a number
   * (before the next number) counts new ones, not a level.
   */
  private boolean gainAfter(int i) {
    for (int k = i + 1; k < tokens.size() && k <= i + GAIN_WINDOW; k++) {
      Token t = tokens.get(k);
      if (t.kind != Token.Kind.WORD) {
        return false;
      }
      if (t.isWord("new") || t.isWord("more") || t.isWord("additional") || t.isWord("extra")) {
        return true;
      }
    }
    return false;
  }

  private Result percentChangeWithVerb(Amount a, @Nullable BigDecimal base) {
    if (increase == decrease) {
      return fail(a.text(), increase ? Reason.BOTH_DIRECTIONS : Reason.PERCENT_WITHOUT_DIRECTION);
    }
    if (isScore()) {
      return fail(a.text(), Reason.PERCENT_OF_SCORE);
    }
    return percentChange(a, base);
  }

  /** The value of an amount in the metric's unit, or null (reported) when it does not fit. */
  private @Nullable BigDecimal value(Amount a, Reason unknownMetric) {
    if (metric == null) {
      fail(a.text(), unknownMetric);
      return null;
    }
    MetricUnit unit = metric.unit();
    if (a.seconds() != (unit == MetricUnit.DURATION)) {
      fail(
          a.text(),
          a.seconds() ? Reason.TIME_FOR_NON_TIME : Reason.TIME_WITHOUT_UNIT,
          metric.name());
      return null;
    }
    if (unit == MetricUnit.DURATION) {
      return a.value(); // in seconds, the unit of durations
    }
    if (a.money() != (unit == MetricUnit.CURRENCY) && a.money()) {
      fail(a.text(), Reason.MONEY_FOR_NON_MONEY, metric.name());
      return null;
    }
    if (a.percent() != (unit == MetricUnit.RATIO)) {
      fail(
          a.text(),
          a.percent() ? Reason.PERCENT_FOR_NON_RATE : Reason.RATE_NEEDS_PERCENT,
          metric.name());
      return null;
    }
    return a.percent() ? a.value().divide(HUNDRED) : a.value();
  }

  /** The value of a baseline amount in the metric's unit, or null (reported). */
  @Nullable BigDecimal baselineOf(Amount a) {
    return value(a, Reason.BASELINE_OF_UNKNOWN_METRIC);
  }

  private boolean isRatio() {
    return metric != null && metric.unit() == MetricUnit.RATIO;
  }

  private boolean isScore() {
    return metric != null && metric.unit() == MetricUnit.SCORE;
  }

  Result fail(String text, Reason reason, Object... args) {
    unresolved.add(reasons.part(text, GoalPart.TARGET, reason, args));
    return new Result(null, null, 0);
  }
}
