package dev.northstar.core;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.money.Money;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.Observation;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generators of core values for property tests, built on the seeded harness of {@code
 * test-support}.
 *
 * <p>They stay here rather than in the test kit's {@code GoalGens}: {@code northstar-testkit}
 * depends on core's main code, so core's tests cannot depend on it (a reactor cycle).
 *
 * <p>Generators named {@code typical...} stay in ranges where arithmetic on the values cannot leave
 * the supported domain (dates between 1900 and 2200, numbers of a few digits); the others cover the
 * whole domain the factories accept, edges included (dates from {@link LocalDate#MIN} to {@link
 * LocalDate#MAX}, numbers of up to 40 significant digits, 40 digits before the point and 40
 * decimals), and favour those edges.
 */
public final class CoreGens {

  private static final LocalDate TYPICAL_FROM = LocalDate.of(1900, 1, 1);
  private static final LocalDate TYPICAL_TO = LocalDate.of(2200, 12, 31);
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String ID_TAIL = LOWER + DIGITS + "_.-";
  private static final String NAME_CHARS =
      LOWER + LOWER.toUpperCase(Locale.ROOT) + DIGITS + " -'&@.,!";
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("USD"),
          Currency.getInstance("EUR"),
          Currency.getInstance("JPY"),
          Currency.getInstance("IDR"),
          Currency.getInstance("PLN"),
          Currency.getInstance("VND"));
  private static final List<MetricId> METRICS =
      List.of(
          CoreMetrics.FOLLOWERS,
          CoreMetrics.REACH,
          CoreMetrics.IMPRESSIONS,
          CoreMetrics.ENGAGEMENTS,
          CoreMetrics.LEADS,
          CoreMetrics.SALES,
          MetricId.of("acme.discount_redemptions"));

  private CoreGens() {}

  // --- time -------------------------------------------------------------------------------------

  /**
   * Dates between 1900 and 2200, where adding months or years cannot overflow.
   *
   * @return the generator
   */
  public static Gen<LocalDate> typicalDates() {
    return Gens.localDates(TYPICAL_FROM, TYPICAL_TO);
  }

  /**
   * Any date java.time supports, favouring typical dates, month ends, leap days and the extremes.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return random -> {
      return switch (random.nextInt(10)) {
        case 0 -> Gens.localDates(LocalDate.MIN, LocalDate.MAX).generate(random);
        case 1 -> random.nextBoolean() ? LocalDate.MIN : LocalDate.MAX;
        case 2 -> {
          LocalDate d = typicalDates().generate(random);
          yield d.withDayOfMonth(d.lengthOfMonth());
        }
        case 3 -> {
          int year = 1900 + random.nextInt(300);
          while (!Year.isLeap(year)) {
            year++;
          }
          yield LocalDate.of(year, 2, 29);
        }
        default -> typicalDates().generate(random);
      };
    };
  }

  /**
   * Ranges between typical dates, from one day to about three years long.
   *
   * @return the generator
   */
  public static Gen<DateRange> typicalDateRanges() {
    return random -> {
      LocalDate start = typicalDates().generate(random);
      long days = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 1_100);
      return DateRange.of(start, start.plusDays(days));
    };
  }

  /**
   * Any range java.time supports, including single days and ranges ending on {@link LocalDate#MAX}.
   *
   * @return the generator
   */
  public static Gen<DateRange> dateRanges() {
    return Gens.frequency(
        60,
        typicalDateRanges(),
        random -> {
          LocalDate a = dates().generate(random);
          LocalDate b = dates().generate(random);
          return a.isAfter(b) ? DateRange.of(b, a) : DateRange.of(a, b);
        });
  }

  /**
   * A range inside another one, ends included.
   *
   * @param outer the enclosing range
   * @return the generator of ranges that {@code outer} encloses
   */
  public static Gen<DateRange> subRanges(DateRange outer) {
    return random -> {
      long from = outer.start().toEpochDay();
      long to = outer.end().toEpochDay();
      long a = Gens.longs(from, to).generate(random);
      long b = Gens.longs(a, to).generate(random);
      return DateRange.of(LocalDate.ofEpochDay(a), LocalDate.ofEpochDay(b));
    };
  }

  /**
   * Quarters of typical years.
   *
   * @return the generator
   */
  public static Gen<Quarter> typicalQuarters() {
    return Gens.zip(Gens.ints(1900, 2200), Gens.ints(1, 4), Quarter::of);
  }

  /**
   * Quarters of any year java.time supports, favouring the first and last years, years around 0 and
   * 9999/10000 (where the text form changes width).
   *
   * @return the generator
   */
  public static Gen<Quarter> quarters() {
    Gen<Integer> years =
        random -> {
          return switch (random.nextInt(6)) {
            case 0 -> Gens.ints(Year.MIN_VALUE, Year.MAX_VALUE).generate(random);
            case 1 -> Gens.ints(-10_001, 10_001).generate(random);
            case 2 ->
                Gens.oneOf(-10_000, -9_999, -1, 0, 1, 999, 1_000, 9_999, 10_000).generate(random);
            default -> Gens.ints(1900, 2200).generate(random);
          };
        };
    return Gens.zip(years, Gens.ints(1, 4), Quarter::of);
  }

  // --- numbers and money ------------------------------------------------------------------------

  /**
   * Decimals of a few digits (up to 10 before and 4 after the point), zero included.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> typicalDecimals() {
    return random ->
        BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_001L), random.nextInt(5));
  }

  /**
   * Any number a value type accepts in canonical form: up to 40 significant digits, at most 40
   * digits before the point and at most 40 decimals; favours 1 and 40 digits and the extreme
   * scales, and sometimes has trailing zeros (which canonical forms strip).
   *
   * @return the generator
   */
  public static Gen<BigDecimal> decimals() {
    return random -> {
      int kind = random.nextInt(10);
      if (kind < 4) {
        return typicalDecimals().generate(random);
      }
      if (kind == 4) {
        return BigDecimal.ZERO.setScale(random.nextInt(-3, 4));
      }
      BigDecimal value = extremeCanonical(random);
      return random.nextBoolean() ? value.negate() : value;
    };
  }

  /**
   * Numbers on both sides of the accepted limits: 1 to 50 significant digits, scale -60 to 60,
   * either sign. Use with properties of the form "refused when made, or round-trips".
   *
   * @return the generator
   */
  public static Gen<BigDecimal> wildDecimals() {
    return random -> {
      int digits = edgeInt(random, 1, 50);
      BigInteger unscaled = new BigInteger(Gens.strings(DIGITS, digits, digits).generate(random));
      BigDecimal value = new BigDecimal(unscaled, edgeInt(random, -60, 60));
      return random.nextBoolean() ? value : value.negate();
    };
  }

  /**
   * Numbers greater than zero, over the whole accepted domain.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> positiveDecimals() {
    return random -> {
      if (random.nextInt(10) < 4) {
        return BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), random.nextInt(5));
      }
      return extremeCanonical(random);
    };
  }

  /**
   * Positive numbers at most 100, such as a percent of a decrease.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> percentsUpToHundred() {
    return random -> {
      return switch (random.nextInt(6)) {
        case 0 -> BigDecimal.valueOf(100);
        case 1 -> {
          // digits d and scale >= d - 2 give a value below 10^2
          int digits = edgeInt(random, 1, 40);
          int scale = edgeInt(random, Math.max(digits - 2, -40), 40);
          yield new BigDecimal(unscaledWithoutTrailingZeros(random, digits), scale);
        }
        default -> BigDecimal.valueOf(random.nextLong(1, 10_001), 2);
      };
    };
  }

  /**
   * A positive canonical number: 1 to 40 significant digits without a trailing zero, at most 40
   * digits before the point (scale at least digits - 40) and at most 40 decimals.
   */
  private static BigDecimal extremeCanonical(SplittableRandom random) {
    int digits = edgeInt(random, 1, 40);
    int scale = edgeInt(random, digits - 40, 40);
    BigDecimal value = new BigDecimal(unscaledWithoutTrailingZeros(random, digits), scale);
    // Sometimes add trailing zeros the canonical form must strip, within 40 decimals.
    if (scale < 40 && random.nextInt(4) == 0) {
      value = value.setScale(scale + 1 + random.nextInt(40 - scale));
    }
    return value;
  }

  private static int edgeInt(SplittableRandom random, int min, int max) {
    return Gens.ints(min, max).generate(random);
  }

  private static BigInteger unscaledWithoutTrailingZeros(SplittableRandom random, int digits) {
    StringBuilder s = new StringBuilder(digits);
    s.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < digits - 1; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    if (digits > 1) {
      s.append((char) ('1' + random.nextInt(9)));
    }
    return new BigInteger(s.toString());
  }

  /**
   * A few currencies, including ones without minor units (JPY) and with large amounts (IDR, VND).
   *
   * @return the generator
   */
  public static Gen<Currency> currencies() {
    return Gens.elements(CURRENCIES);
  }

  /**
   * Amounts of at most 12 digits before and 6 after the point, sometimes with trailing zeros: sums
   * and differences of these stay far within the 40 digits money allows.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Money> typicalMoney(Currency currency) {
    return random ->
        Money.of(
            BigDecimal.valueOf(
                random.nextLong(-1_000_000_000_000L, 1_000_000_000_001L), random.nextInt(7)),
            currency);
  }

  /**
   * Any amount {@link Money#of(BigDecimal, Currency)} accepts: at most 40 digits before the point
   * and at most 40 decimals (so up to 80 digits in all), trailing zeros kept; favours the edges.
   *
   * @return the generator
   */
  public static Gen<Money> money() {
    return random -> {
      Currency currency = currencies().generate(random);
      if (random.nextBoolean()) {
        return typicalMoney(currency).generate(random);
      }
      int digits = edgeInt(random, 1, 80);
      int scale = edgeInt(random, digits - 40, 40);
      BigInteger unscaled = new BigInteger(Gens.strings(DIGITS, digits, digits).generate(random));
      BigDecimal amount =
          new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
      return Money.of(amount, currency);
    };
  }

  // --- scope ------------------------------------------------------------------------------------

  /**
   * Ids that {@link Platform#of(String)} accepts, in lower case: a letter, then up to 39 of
   * [a-z0-9_.-].
   *
   * @return the generator
   */
  public static Gen<String> platformIds() {
    return Gens.zip(
        Gens.strings(LOWER, 1, 1), Gens.strings(ID_TAIL, 0, 39), (head, tail) -> head + tail);
  }

  /**
   * Well-known platforms (half the time) and custom ones, some with a display name.
   *
   * @return the generator
   */
  public static Gen<Platform> platforms() {
    return random -> {
      int kind = random.nextInt(4);
      if (kind < 2) {
        return Gens.elements(Platform.wellKnown()).generate(random);
      }
      String id = platformIds().generate(random);
      return kind == 2 ? Platform.of(id) : Platform.of(id, names().generate(random));
    };
  }

  /**
   * Names for people, campaigns, products and the like: 1 to 40 characters, not blank, sometimes
   * with surrounding spaces.
   *
   * @return the generator
   */
  public static Gen<String> names() {
    return random -> {
      String core =
          Gens.strings(LOWER, 1, 1).generate(random)
              + Gens.strings(NAME_CHARS, 0, 39).generate(random);
      return random.nextInt(5) == 0 ? "  " + core + " " : core;
    };
  }

  /**
   * Scopes of every kind: unspecified, all platforms, or one to four platforms; each with or
   * without an account, a campaign, a content and a product.
   *
   * @return the generator
   */
  public static Gen<Scope> scopes() {
    return random -> {
      Scope scope =
          switch (random.nextInt(4)) {
            case 0 -> Scope.unspecified();
            case 1 -> Scope.allPlatforms();
            default -> Scope.of(Gens.listOf(platforms(), 1, 4).generate(random));
          };
      if (random.nextBoolean()) {
        scope = scope.withAccount("@" + names().generate(random).strip());
      }
      if (random.nextBoolean()) {
        scope = scope.withCampaign(names().generate(random));
      }
      if (random.nextInt(4) == 0) {
        scope = scope.withContent(names().generate(random));
      }
      if (random.nextInt(4) == 0) {
        scope = scope.withProduct(names().generate(random));
      }
      return scope;
    };
  }

  // --- goals ------------------------------------------------------------------------------------

  /**
   * Targets of every kind, with numbers over the whole accepted domain.
   *
   * @return the generator
   */
  public static Gen<Target> targets() {
    return targets(decimals(), positiveDecimals());
  }

  /**
   * Targets of every kind, with numbers of a few digits.
   *
   * @return the generator
   */
  public static Gen<Target> typicalTargets() {
    Gen<BigDecimal> positive =
        random -> BigDecimal.valueOf(random.nextLong(1, 1_000_000), random.nextInt(3));
    return targets(typicalDecimals(), positive);
  }

  private static Gen<Target> targets(Gen<BigDecimal> any, Gen<BigDecimal> positive) {
    return random -> {
      return switch (random.nextInt(10)) {
        case 0 -> Target.increaseByPercent(positive.generate(random));
        case 1 -> Target.decreaseByPercent(percentsUpToHundred().generate(random));
        case 2 -> Target.increaseTo(any.generate(random));
        case 3 -> Target.decreaseTo(any.generate(random));
        case 4 ->
            Target.multiplyBy(
                positive.filter(f -> f.compareTo(BigDecimal.ONE) != 0).generate(random));
        case 5 -> Target.total(positive.generate(random));
        case 6 -> Target.stayAbove(any.generate(random));
        case 7 -> Target.stayBelow(any.generate(random));
        case 8 -> {
          BigDecimal a = any.generate(random);
          BigDecimal b = any.filter(x -> x.compareTo(a) != 0).generate(random);
          yield a.compareTo(b) < 0 ? Target.stayWithin(a, b) : Target.stayWithin(b, a);
        }
        default -> Target.milestone();
      };
    };
  }

  /**
   * Goal ids: a letter or digit, then up to 20 of [A-Za-z0-9_.-].
   *
   * @return the generator
   */
  public static Gen<GoalId> goalIds() {
    return ids().map(GoalId::of);
  }

  /**
   * Tactic ids: a letter or digit, then up to 20 of [A-Za-z0-9_.-].
   *
   * @return the generator
   */
  public static Gen<TacticId> tacticIds() {
    return ids().map(TacticId::of);
  }

  private static Gen<String> ids() {
    String alnum = LOWER + LOWER.toUpperCase(Locale.ROOT) + DIGITS;
    return Gens.zip(
        Gens.strings(alnum, 1, 1), Gens.strings(alnum + "_.-", 0, 20), (head, tail) -> head + tail);
  }

  /**
   * Owners, drawn from a small pool so that duplicates occur.
   *
   * @return the generator
   */
  public static Gen<Owner> owners() {
    return Gens.frequency(
        70,
        Gens.oneOf("Brian", "Hailley", "Ana", "Social team", "  Brian ").map(Owner::of),
        names().map(Owner::of));
  }

  /**
   * Baselines of any accepted value on a typical date.
   *
   * @return the generator
   */
  public static Gen<Baseline> baselines() {
    return Gens.zip(decimals(), typicalDates(), Baseline::of);
  }

  /**
   * Goals with a generated id and every optional field sometimes set.
   *
   * @return the generator
   */
  public static Gen<Goal> goals() {
    return goalIds().flatMap(CoreGens::goals);
  }

  /**
   * Goals with a given id and every optional field sometimes set; the parent is never the goal.
   *
   * @param id the goal's id
   * @return the generator
   */
  public static Gen<Goal> goals(GoalId id) {
    return random -> {
      Goal.Builder b =
          Goal.builder(id, names().generate(random))
              .level(Gens.enums(GoalLevel.class).generate(random));
      if (random.nextBoolean()) {
        b.category(Gens.enums(GoalCategory.class).generate(random));
      }
      if (random.nextBoolean()) {
        b.metric(Gens.elements(METRICS).generate(random));
      }
      b.scope(scopes().generate(random));
      if (random.nextBoolean()) {
        b.baseline(baselines().generate(random));
      }
      if (random.nextBoolean()) {
        b.target(targets().generate(random));
      }
      switch (random.nextInt(4)) {
        case 0 -> b.period(typicalDateRanges().generate(random));
        case 1 -> b.start(typicalDates().generate(random));
        case 2 -> b.deadline(typicalDates().generate(random));
        default -> {}
      }
      for (Owner o : Gens.listOf(owners(), 0, 4).generate(random)) {
        b.owner(o);
      }
      if (random.nextBoolean()) {
        b.parent(goalIds().filter(p -> !p.equals(id)).generate(random));
      }
      if (random.nextBoolean()) {
        b.weight(positiveDecimals().generate(random));
      }
      for (String tag : Gens.listOf(names(), 0, 3).generate(random)) {
        b.tag(tag);
      }
      return b.build();
    };
  }

  // --- tactics ----------------------------------------------------------------------------------

  /**
   * Monthly (any day 1 to 31) and weekly (any day of the week) recurrences.
   *
   * @return the generator
   */
  public static Gen<Recurrence> recurrences() {
    return Gens.choose(
        Gens.ints(1, 31).map(Recurrence::monthlyOnDay),
        Gens.enums(DayOfWeek.class).map(Recurrence::weeklyOn));
  }

  /**
   * Priorities with both scores 1 to 10.
   *
   * @return the generator
   */
  public static Gen<Priority> priorities() {
    return Gens.zip(
        Gens.ints(Priority.MIN_SCORE, Priority.MAX_SCORE),
        Gens.ints(Priority.MIN_SCORE, Priority.MAX_SCORE),
        Priority::of);
  }

  /**
   * Tactics for a generated goal.
   *
   * @return the generator
   */
  public static Gen<Tactic> tactics() {
    return goalIds().flatMap(goal -> tactics(goal, null));
  }

  /**
   * Tactics for a goal, with a due date (inside {@code period} when given), a recurrence or
   * neither.
   *
   * @param goal the goal the tactics serve
   * @param period the goal's period, or null for any typical due date
   * @return the generator
   */
  public static Gen<Tactic> tactics(GoalId goal, DateRange period) {
    return random -> {
      Tactic.Builder b =
          Tactic.builder(tacticIds().generate(random), names().generate(random), goal);
      for (Owner o : Gens.listOf(owners(), 0, 3).generate(random)) {
        b.owner(o);
      }
      switch (random.nextInt(3)) {
        case 0 ->
            b.due(
                period == null
                    ? typicalDates().generate(random)
                    : subRanges(period).generate(random).start());
        case 1 -> b.recurrence(recurrences().generate(random));
        default -> {}
      }
      if (random.nextBoolean()) {
        b.priority(priorities().generate(random));
      }
      return b.build();
    };
  }

  // --- series -----------------------------------------------------------------------------------

  /**
   * Observations of any accepted value on a typical date.
   *
   * @return the generator
   */
  public static Gen<Observation> observations() {
    return Gens.zip(typicalDates(), decimals(), Observation::of);
  }

  /**
   * Observations with distinct dates, in random order, within a few months.
   *
   * @return the generator of lists of 0 to 60 observations, no two on the same date
   */
  public static Gen<List<Observation>> observationsWithDistinctDates() {
    return random -> {
      LocalDate origin = typicalDates().generate(random);
      List<Integer> offsets =
          new ArrayList<>(Gens.setOf(Gens.ints(0, 120), 0, 60).generate(random));
      Collections.shuffle(offsets, new java.util.Random(random.nextLong()));
      List<Observation> list = new ArrayList<>();
      for (int offset : offsets) {
        list.add(Observation.of(origin.plusDays(offset), decimals().generate(random)));
      }
      return List.copyOf(list);
    };
  }

  // --- hierarchy --------------------------------------------------------------------------------

  /**
   * The goals and tactics of a hierarchy, in the order to give them.
   *
   * @param goals the goals
   * @param tactics the tactics
   */
  public record Forest(List<Goal> goals, List<Tactic> tactics) {}

  /**
   * Valid hierarchies: 1 to 25 goals with unique ids whose parents exist, come earlier in the tree,
   * and are of the same or a higher level; a child's period lies inside its parent's; tactics serve
   * existing goals and fall due inside their goal's period. The goals are then shuffled, so parents
   * may come after their children.
   *
   * @return the generator
   */
  public static Gen<Forest> validForests() {
    return random -> {
      int size = 1 + random.nextInt(25);
      List<Goal> goals = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        GoalId id = GoalId.of("g" + i);
        Goal.Builder b = Goal.builder(id, "Goal " + i + " " + names().generate(random));
        Goal parent =
            i == 0 || random.nextInt(4) == 0 ? null : goals.get(random.nextInt(goals.size()));
        GoalLevel level;
        if (parent == null) {
          level = Gens.enums(GoalLevel.class).generate(random);
        } else {
          GoalLevel parentLevel = parent.level();
          List<GoalLevel> allowed = new ArrayList<>();
          for (GoalLevel candidate : GoalLevel.values()) {
            if (candidate.mayHaveParent(parentLevel)) {
              allowed.add(candidate);
            }
          }
          level = Gens.elements(allowed).generate(random);
          b.parent(parent.id());
        }
        b.level(level);
        DateRange parentPeriod = parent == null ? null : parent.period().orElse(null);
        if (random.nextInt(4) != 0) {
          b.period(
              parentPeriod == null
                  ? typicalDateRanges().generate(random)
                  : subRanges(parentPeriod).generate(random));
        }
        goals.add(b.build());
      }
      List<Tactic> tactics = new ArrayList<>();
      int tacticCount = random.nextInt(2 * size + 1);
      for (int i = 0; i < tacticCount; i++) {
        Goal goal = goals.get(random.nextInt(goals.size()));
        Tactic t = tactics(goal.id(), goal.period().orElse(null)).generate(random);
        tactics.add(withId(t, "t" + i));
      }
      Collections.shuffle(goals, new java.util.Random(random.nextLong()));
      return new Forest(List.copyOf(goals), List.copyOf(tactics));
    };
  }

  private static Tactic withId(Tactic t, String id) {
    Tactic.Builder b = Tactic.builder(TacticId.of(id), t.title(), t.goal()).owners(t.owners());
    t.due().ifPresent(b::due);
    t.recurrence().ifPresent(b::recurrence);
    t.priority().ifPresent(b::priority);
    return b.build();
  }
}
