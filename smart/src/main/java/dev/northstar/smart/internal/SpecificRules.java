package dev.northstar.smart.internal;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Criterion;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The built-in rules of the Specific criterion. */
final class SpecificRules {

  private SpecificRules() {}

  static List<Rule> all() {
    return List.of(new MetricNamed(), new PlatformsNamed(), new NotVague(), new CategorySet());
  }

  /** A metric is named: "grow the audience" names none, "grow LinkedIn followers" does. */
  static final class MetricNamed extends BaseRule {
    MetricNamed() {
      super(BuiltInRules.SPECIFIC_METRIC, Criterion.SPECIFIC);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      return goal.metric()
          .map(m -> List.of(Finding.info(this, "names the metric " + m)))
          .orElseGet(
              () ->
                  List.of(
                      Finding.error(
                          this,
                          "names no metric, so nothing says what should change",
                          "name the metric to move, such as followers, reach or leads")));
    }
  }

  /** The scope names the platforms, or says "all platforms" explicitly. */
  static final class PlatformsNamed extends BaseRule {
    PlatformsNamed() {
      super(BuiltInRules.SPECIFIC_PLATFORMS, Criterion.SPECIFIC);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      if (goal.scope().isPlatformUnspecified()) {
        return List.of(
            Finding.warning(
                this,
                "names no platform, so it is unclear where to measure",
                "name the platforms, such as LinkedIn, or say \"all platforms\" explicitly"));
      }
      String where =
          goal.scope().isAllPlatforms()
              ? "all platforms, explicitly"
              : goal.scope().platforms().stream().map(p -> p.displayName()).toList().toString();
      return List.of(Finding.info(this, "applies to " + where));
    }
  }

  /** The statement has a number and is not just filler words such as "presence" or "better". */
  static final class NotVague extends BaseRule {
    private static final Pattern NUMBER =
        Pattern.compile(
            "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                + "thirty|fifty|hundred|thousand|million|double|triple|twice|half|halve|percent)\\b");

    /** Filler words, the vaguest first, so that the message names the worst one found. */
    private static final List<String> VAGUE =
        List.of(
            "presence",
            "do better",
            "better",
            "more",
            "some",
            "awareness",
            "improve",
            "boost",
            "grow");

    private static final List<Pattern> VAGUE_WORDS =
        VAGUE.stream().map(w -> Pattern.compile("\\b" + w + "\\b")).toList();

    NotVague() {
      super(BuiltInRules.SPECIFIC_NOT_VAGUE, Criterion.SPECIFIC);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      String text = goal.statement().toLowerCase(Locale.ROOT);
      if (NUMBER.matcher(text).find()) {
        return List.of();
      }
      String why = "has no number in it";
      for (int i = 0; i < VAGUE.size(); i++) {
        if (VAGUE_WORDS.get(i).matcher(text).find()) {
          why = "says \"" + VAGUE.get(i) + "\" without a number";
          break;
        }
      }
      return List.of(
          Finding.warning(
              this,
              "the statement \"" + goal.statement() + "\" is vague: it " + why,
              "say how much of which metric by when, such as \"increase total Instagram"
                  + " followers by 20% in the next quarter\""));
    }
  }

  /** A category is set, so relevance and metric fit can be judged. */
  static final class CategorySet extends BaseRule {
    CategorySet() {
      super(BuiltInRules.SPECIFIC_CATEGORY, Criterion.SPECIFIC);
    }

    @Override
    public List<Finding> evaluate(Goal goal, RuleContext context) {
      if (goal.category().isPresent()) {
        return List.of();
      }
      return List.of(
          Finding.warning(
              this,
              "has no category, so it is unclear what kind of goal it is",
              "set a category, such as brand awareness, lead generation or conversions"));
    }
  }
}
