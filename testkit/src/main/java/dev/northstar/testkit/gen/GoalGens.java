package dev.northstar.testkit.gen;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.formulas.kpi.BuiltInKpis;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Generators of valid Northstar domain values, covering every target kind, every level, category
 * and platform selection (custom platforms included), and every optional field present or absent:
 * the inputs a plugin's metric or rule must cope with.
 *
 * <pre>{@code
 * Property.named("my rule never throws").forAll(GoalGens.goals(), goal -> rule.evaluate(goal, ctx));
 * }</pre>
 *
 * <p>Every generator is immutable and thread-safe; values depend only on the random source.
 */
public final class GoalGens {

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String ID_START = LOWER + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

  private GoalGens() {}

  /**
   * Ids of goals or tactics: a letter or digit, then letters, digits, "_", "-" or ".".
   *
   * @return the generator, never null
   */
  public static Gen<String> ids() {
    return Gens.zip(
        Gens.strings(ID_START, 1, 1),
        Gens.strings(ID_START + "_-.", 0, 24),
        (first, rest) -> first + rest);
  }

  /**
   * Goal ids of the form of {@link #ids()}.
   *
   * @return the generator, never null
   */
  public static Gen<GoalId> goalIds() {
    return ids().map(GoalId::of);
  }

  /**
   * Tactic ids of the form of {@link #ids()}.
   *
   * @return the generator, never null
   */
  public static Gen<TacticId> tacticIds() {
    return ids().map(TacticId::of);
  }

  /**
   * Names and statements: printable ASCII or arbitrary Unicode (control characters, astral
   * characters, quotes, backslashes), never blank.
   *
   * @param maxLength the greatest length in characters, at least 2
   * @return the generator, never null
   */
  public static Gen<String> texts(int maxLength) {
    return Gens.frequency(
            70, Gens.asciiStrings(0, maxLength - 1), Gens.unicodeStrings(0, (maxLength - 1) / 2))
        .map(s -> "x" + s);
  }

  /**
   * Metric ids: those of the core metrics and of the formulas module's built-in KPIs, and
   * namespaced custom ones ({@code acme.*}) that no registry knows.
   *
   * @return the generator, never null
   */
  public static Gen<MetricId> metricIds() {
    List<MetricId> known = new ArrayList<>();
    CoreMetrics.definitions().forEach(d -> known.add(d.id()));
    new BuiltInKpis().definitions().forEach(d -> known.add(d.id()));
    Gen<MetricId> core = Gens.elements(known);
    Gen<MetricId> custom = Gens.strings(LOWER + "_", 1, 20).map(s -> MetricId.of("acme." + s));
    return Gens.frequency(80, core, custom);
  }

  /**
   * Well-known platforms, and custom ones such as "mastodon".
   *
   * @return the generator, never null
   */
  public static Gen<Platform> platforms() {
    Gen<Platform> custom =
        Gens.zip(
            Gens.strings(LOWER, 1, 1),
            Gens.strings(LOWER + "0123456789_.-", 0, 15),
            (first, rest) -> Platform.of(first + rest));
    return Gens.frequency(75, Gens.elements(Platform.wellKnown()), custom);
  }

  /**
   * Scopes of unspecified, all or some platforms, with or without account, campaign, content and
   * product.
   *
   * @return the generator, never null
   */
  public static Gen<Scope> scopes() {
    Gen<Scope> platforms =
        Gens.choose(
            Gens.constant(Scope.unspecified()),
            Gens.constant(Scope.allPlatforms()),
            Gens.setOf(platforms(), 1, 4).map(Scope::of));
    Gen<Optional<String>> name = Gens.optionalOf(texts(60));
    return random -> {
      Scope scope = platforms.generate(random);
      Optional<String> account = name.generate(random);
      Optional<String> campaign = name.generate(random);
      Optional<String> content = name.generate(random);
      Optional<String> product = name.generate(random);
      if (account.isPresent()) {
        scope = scope.withAccount(account.get());
      }
      if (campaign.isPresent()) {
        scope = scope.withCampaign(campaign.get());
      }
      if (content.isPresent()) {
        scope = scope.withContent(content.get());
      }
      if (product.isPresent()) {
        scope = scope.withProduct(product.get());
      }
      return scope;
    };
  }

  /**
   * Dates from 2015 to 2035.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> dates() {
    return Gens.localDates(EARLIEST, LATEST);
  }

  /**
   * Decimals with up to four decimals, negative ones included.
   *
   * @return the generator, never null
   */
  public static Gen<BigDecimal> values() {
    return Gens.choose(
        Gens.bigDecimals(new BigDecimal("-1000000"), new BigDecimal("1000000000"), 0),
        Gens.bigDecimals(new BigDecimal("-100"), new BigDecimal("100000"), 2),
        Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.ONE, 4));
  }

  private static Gen<BigDecimal> positive(String max, int scale) {
    return Gens.bigDecimals(BigDecimal.ONE.movePointLeft(scale), new BigDecimal(max), scale);
  }

  /**
   * Baselines of any value and date.
   *
   * @return the generator, never null
   */
  public static Gen<Baseline> baselines() {
    return Gens.zip(values(), dates(), Baseline::of);
  }

  /**
   * Targets of every kind: percent changes, levels, multiples, totals, bounds, ranges and
   * milestones.
   *
   * @return the generator, never null
   */
  public static Gen<Target> targets() {
    return Gens.choose(
        positive("500", 2).map(Target::increaseByPercent),
        positive("100", 2).map(Target::decreaseByPercent),
        values().map(Target::increaseTo),
        values().map(Target::decreaseTo),
        positive("50", 2).filter(f -> f.compareTo(BigDecimal.ONE) != 0).map(Target::multiplyBy),
        positive("1000000", 0).map(Target::total),
        values().map(Target::stayAbove),
        values().map(Target::stayBelow),
        Gens.setOf(values(), 2, 2)
            .filter(
                bounds ->
                    bounds.stream().map(BigDecimal::stripTrailingZeros).distinct().count() == 2)
            .map(
                bounds -> {
                  List<BigDecimal> sorted = bounds.stream().sorted().collect(Collectors.toList());
                  return Target.stayWithin(sorted.get(0), sorted.get(1));
                }),
        Gens.constant(Target.milestone()));
  }

  /**
   * Owners, with well-known and arbitrary names.
   *
   * @return the generator, never null
   */
  public static Gen<Owner> owners() {
    return Gens.frequency(
        50,
        Gens.elements(List.of(Owner.of("Brian"), Owner.of("Hailley"))),
        texts(40).map(Owner::of));
  }

  /**
   * Goals of any level, with every optional field present or absent, a parent included.
   *
   * @return the generator, never null
   */
  public static Gen<Goal> goals() {
    return random -> {
      GoalId id = goalIds().generate(random);
      GoalId parent =
          Gens.optionalOf(goalIds().filter(p -> !p.equals(id))).generate(random).orElse(null);
      return goal(random, id, Gens.enums(GoalLevel.class).generate(random), parent);
    };
  }

  /**
   * Generates a goal with the given id, level and parent, its other fields at random.
   *
   * @param random the random source, not null
   * @param id the goal's id, not null
   * @param level the goal's level, not null
   * @param parent the parent's id, or null for a root goal
   * @return the goal, never null
   */
  public static Goal goal(
      SplittableRandom random, GoalId id, GoalLevel level, @Nullable GoalId parent) {
    Goal.Builder goal = Goal.builder(id, texts(200).generate(random)).level(level);
    goal.category(Gens.optionalOf(Gens.enums(GoalCategory.class)).generate(random).orElse(null));
    goal.metric(Gens.optionalOf(metricIds()).generate(random).orElse(null));
    goal.scope(scopes().generate(random));
    goal.baseline(Gens.optionalOf(baselines()).generate(random).orElse(null));
    goal.target(Gens.optionalOf(targets()).generate(random).orElse(null));
    Optional<LocalDate> start = Gens.optionalOf(dates()).generate(random);
    goal.start(start.orElse(null));
    if (Gens.booleans().generate(random)) {
      goal.deadline(start.orElse(EARLIEST).plusDays(Gens.ints(0, 800).generate(random)));
    }
    goal.owners(Gens.listOf(owners(), 0, 3).generate(random));
    goal.parent(parent);
    if (Gens.booleans().generate(random)) {
      goal.weight(positive("10", 3).generate(random));
    }
    goal.tags(Gens.listOf(texts(30), 0, 3).generate(random));
    return goal.build();
  }

  /**
   * Recurrences, monthly and weekly.
   *
   * @return the generator, never null
   */
  public static Gen<Recurrence> recurrences() {
    return Gens.choose(
        Gens.ints(1, 31).map(Recurrence::monthlyOnDay),
        Gens.enums(DayOfWeek.class).map(Recurrence::weeklyOn));
  }

  /**
   * Priorities in every quadrant.
   *
   * @return the generator, never null
   */
  public static Gen<Priority> priorities() {
    return Gens.zip(Gens.ints(1, 10), Gens.ints(1, 10), Priority::of);
  }

  /**
   * Tactics serving any goal.
   *
   * @return the generator, never null
   */
  public static Gen<Tactic> tactics() {
    return random -> tactic(random, tacticIds().generate(random), goalIds().generate(random));
  }

  /**
   * Generates a tactic with the given id serving the given goal: due, recurring or unplanned.
   *
   * @param random the random source, not null
   * @param id the tactic's id, not null
   * @param goal the id of the goal it serves, not null
   * @return the tactic, never null
   */
  public static Tactic tactic(SplittableRandom random, TacticId id, GoalId goal) {
    Tactic.Builder tactic = Tactic.builder(id, texts(100).generate(random), goal);
    tactic.owners(Gens.listOf(owners(), 0, 3).generate(random));
    int plan = random.nextInt(3);
    if (plan == 0) {
      tactic.due(dates().generate(random));
    } else if (plan == 1) {
      tactic.recurrence(recurrences().generate(random));
    }
    tactic.priority(Gens.optionalOf(priorities()).generate(random).orElse(null));
    return tactic.build();
  }

  /**
   * Hierarchies: random trees of business, marketing and social goals in which a parent is never of
   * a lower level, with tactics on random goals.
   *
   * @return the generator, never null
   */
  public static Gen<GoalHierarchy> hierarchies() {
    return random -> {
      int size = 1 + random.nextInt(12);
      List<Goal> goals = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        GoalLevel level = Gens.enums(GoalLevel.class).generate(random);
        GoalId id = GoalId.of("g" + i + "-" + ids().generate(random));
        List<Goal> possibleParents =
            goals.stream().filter(g -> level.mayHaveParent(g.level())).collect(Collectors.toList());
        GoalId parent =
            possibleParents.isEmpty() || random.nextInt(4) == 0
                ? null
                : possibleParents.get(random.nextInt(possibleParents.size())).id();
        goals.add(goal(random, id, level, parent));
      }
      int tacticCount = random.nextInt(6);
      List<Tactic> tactics = new ArrayList<>(tacticCount);
      for (int i = 0; i < tacticCount; i++) {
        GoalId goal = goals.get(random.nextInt(goals.size())).id();
        tactics.add(tactic(random, TacticId.of("t" + i + "-" + ids().generate(random)), goal));
      }
      return GoalHierarchy.of(goals, tactics);
    };
  }

  /**
   * Metric series with distinct dates, empty ones included.
   *
   * @return the generator, never null
   */
  public static Gen<MetricSeries> series() {
    Gen<List<Observation>> observations =
        Gens.setOf(dates(), 0, 30)
            .flatMap(
                dates ->
                    random ->
                        dates.stream()
                            .map(d -> Observation.of(d, values().generate(random)))
                            .collect(Collectors.toList()));
    return Gens.zip(metricIds(), scopes(), observations, MetricSeries::of);
  }
}
