package dev.northstar.smart.internal;

import dev.northstar.smart.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The built-in rules of all five criteria. */
public final class Rules {

  private Rules() {}

  /**
   * Returns new instances of every built-in rule, ordered by criterion and then id.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(SpecificRules.all());
    rules.addAll(MeasurableRules.all());
    rules.add(new AchievableGrowthRule());
    rules.add(new AchievableForecastRule());
    rules.addAll(RelevantRules.all());
    rules.addAll(TimeBoundRules.all());
    rules.sort(Comparator.comparing(Rule::criterion).thenComparing(Rule::id));
    return List.copyOf(rules);
  }
}
