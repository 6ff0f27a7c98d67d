package dev.northstar.formulas.kpi;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the formulas, with messages that name the field and the value. */
final class Checks {

  private Checks() {}

  static long count(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be zero or more, but was " + value);
    }
    return value;
  }

  static Money money(@Nullable Money value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  static void sameCurrency(String operation, Money left, Money right) {
    if (!left.currency().equals(right.currency())) {
      throw new CurrencyMismatchException(operation, left, right);
    }
  }

  static long sum(long a, long b, String what) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " must be at most " + Long.MAX_VALUE, e);
    }
  }
}
