package dev.northstar.jackson.internal;

import dev.northstar.core.goal.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The "kind" of a target in JSON, with the number fields each kind has: {@code {"kind":
 * "increase_by_percent", "percent": 20}}, {@code {"kind": "stay_within", "lower": 10, "upper":
 * 20}}, {@code {"kind": "milestone"}}.
 */
enum TargetKind {
  INCREASE_BY_PERCENT(Target.ChangeByPercent.class),
  DECREASE_BY_PERCENT(Target.ChangeByPercent.class),
  INCREASE_TO(Target.ChangeTo.class),
  DECREASE_TO(Target.ChangeTo.class),
  MULTIPLY(Target.Multiply.class),
  TOTAL(Target.Total.class),
  STAY_ABOVE(Target.Band.class),
  STAY_BELOW(Target.Band.class),
  STAY_WITHIN(Target.Band.class),
  MILESTONE(Target.Milestone.class);

  /** Every number field of any kind. */
  static final List<String> NUMBER_FIELDS =
      List.of("percent", "value", "factor", "count", "lower", "upper");

  private static final List<String> PERCENT = List.of("percent");
  private static final List<String> VALUE = List.of("value");
  private static final List<String> FACTOR = List.of("factor");
  private static final List<String> COUNT = List.of("count");
  private static final List<String> BOUNDS = List.of("lower", "upper");

  private final Class<? extends Target> type;

  TargetKind(Class<? extends Target> type) {
    this.type = type;
  }

  /** Returns the core type of the targets of this kind. */
  Class<? extends Target> type() {
    return type;
  }

  /** Returns the number fields of this kind, in the order they are written. */
  List<String> fields() {
    return switch (this) {
      case INCREASE_BY_PERCENT, DECREASE_BY_PERCENT -> PERCENT;
      case INCREASE_TO, DECREASE_TO, STAY_ABOVE, STAY_BELOW -> VALUE;
      case MULTIPLY -> FACTOR;
      case TOTAL -> COUNT;
      case STAY_WITHIN -> BOUNDS;
      case MILESTONE -> List.of();
    };
  }

  /**
   * Creates a target of this kind.
   *
   * @param numbers the values of {@link #fields()}, in that order
   * @throws IllegalArgumentException if the core refuses a number
   */
  Target create(List<BigDecimal> numbers) {
    return switch (this) {
      case INCREASE_BY_PERCENT -> Target.increaseByPercent(numbers.get(0));
      case DECREASE_BY_PERCENT -> Target.decreaseByPercent(numbers.get(0));
      case INCREASE_TO -> Target.increaseTo(numbers.get(0));
      case DECREASE_TO -> Target.decreaseTo(numbers.get(0));
      case MULTIPLY -> Target.multiplyBy(numbers.get(0));
      case TOTAL -> Target.total(numbers.get(0));
      case STAY_ABOVE -> Target.stayAbove(numbers.get(0));
      case STAY_BELOW -> Target.stayBelow(numbers.get(0));
      case STAY_WITHIN -> Target.stayWithin(numbers.get(0), numbers.get(1));
      case MILESTONE -> Target.milestone();
    };
  }

  /** Returns the kind of a target. */
  static TargetKind of(Target target) {
    if (target instanceof Target.ChangeByPercent change) {
      return increasing(change.direction()) ? INCREASE_BY_PERCENT : DECREASE_BY_PERCENT;
    }
    if (target instanceof Target.ChangeTo change) {
      return increasing(change.direction()) ? INCREASE_TO : DECREASE_TO;
    }
    if (target instanceof Target.Multiply) {
      return MULTIPLY;
    }
    if (target instanceof Target.Total) {
      return TOTAL;
    }
    if (target instanceof Target.Band band) {
      if (band.upper() == null) {
        return STAY_ABOVE;
      }
      return band.lower() == null ? STAY_BELOW : STAY_WITHIN;
    }
    return MILESTONE;
  }

  /** Returns a target's numbers, in the order of its kind's {@link #fields()}. */
  static List<BigDecimal> numbers(Target target) {
    if (target instanceof Target.ChangeByPercent change) {
      return List.of(change.percent());
    }
    if (target instanceof Target.ChangeTo change) {
      return List.of(change.value());
    }
    if (target instanceof Target.Multiply multiply) {
      return List.of(multiply.factor());
    }
    if (target instanceof Target.Total total) {
      return List.of(total.count());
    }
    if (target instanceof Target.Band band) {
      BigDecimal lower = band.lower();
      BigDecimal upper = band.upper();
      if (lower == null) {
        return List.of(Objects.requireNonNull(upper, "a band has a bound"));
      }
      return upper == null ? List.of(lower) : List.of(lower, upper);
    }
    return List.of();
  }

  private static boolean increasing(Target.Direction direction) {
    return direction == Target.Direction.INCREASE;
  }
}
