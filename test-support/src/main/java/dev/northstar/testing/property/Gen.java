package dev.northstar.testing.property;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values from a random source. The same source state gives the same value, which is
 * what makes a property run reproducible from its seed.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many candidates {@link #filter} tries before it gives up. */
  int MAX_FILTER_TRIES = 1_000;

  /**
   * Generates one value.
   *
   * @param random the source of randomness, not null
   * @return the value, not null
   */
  T generate(SplittableRandom random);

  /**
   * Returns a generator of the function's results.
   *
   * @param f the function, not null
   * @param <R> the result type
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(generate(random));
  }

  /**
   * Returns a generator that uses each value to choose the next generator.
   *
   * @param f the function from a value to a generator, not null
   * @param <R> the result type
   * @return the combined generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(generate(random)).generate(random);
  }

  /**
   * Returns a generator of the values that pass a test.
   *
   * @param test the test, not null
   * @return the filtered generator; it throws {@link IllegalStateException} when 1,000 candidates
   *     in a row fail the test
   */
  default Gen<T> filter(Predicate<? super T> test) {
    Objects.requireNonNull(test, "test");
    return random -> {
      for (int i = 0; i < MAX_FILTER_TRIES; i++) {
        T candidate = generate(random);
        if (test.test(candidate)) {
          return candidate;
        }
      }
      throw new IllegalStateException(
          "filter rejected "
              + MAX_FILTER_TRIES
              + " candidates in a row; generate valid values directly instead of filtering");
    };
  }
}
