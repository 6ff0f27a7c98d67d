package dev.northstar.testing.property;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values from a random source. The same source state gives the same value, which is
 * what makes a property run reproducible from its seed.
 *
 * <p>A generator is a function of its {@link SplittableRandom} only: it must not keep state between
 * calls or read any other source of randomness (the clock, {@code Math.random()}, hash codes of
 * fresh objects), or a reported seed would not replay the same input. Generators never produce
 * null. Every generator made by {@link Gens} and by the combinators here is immutable and
 * thread-safe (each call gets its own random source).
 *
 * <pre>{@code
 * Gen<LocalDate> mondays = Gens.localDates(from, to).filter(d -> d.getDayOfWeek() == MONDAY);
 * Gen<DateRange> ranges = Gens.zip(dates, Gens.ints(0, 90), (start, days) ->
 *     DateRange.of(start, start.plusDays(days)));
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many candidates in a row {@link #filter(Predicate)} tries before it gives up. */
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
   * @param f the function, not null; it must not return null
   * @param <R> the result type
   * @return the mapped generator; it throws {@link NullPointerException} if {@code f} returns null
   * @throws NullPointerException if {@code f} is null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random ->
        Objects.requireNonNull(
            f.apply(generate(random)), "the function given to map returned null");
  }

  /**
   * Returns a generator that uses each value to choose the next generator, and then generates from
   * that one with the same random source.
   *
   * @param f the function from a value to a generator, not null; it must not return null
   * @param <R> the result type
   * @return the combined generator
   * @throws NullPointerException if {@code f} is null
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return random -> {
      Gen<? extends R> next =
          Objects.requireNonNull(
              f.apply(generate(random)), "the function given to flatMap returned null");
      return next.generate(random);
    };
  }

  /**
   * Returns a generator of the values that pass a test, trying at most {@value #MAX_FILTER_TRIES}
   * candidates in a row for each value.
   *
   * <p>Filter only to drop rare values; when the test rejects most candidates, generate valid
   * values directly instead.
   *
   * @param test the test, not null
   * @return the filtered generator; it throws {@link IllegalStateException} when {@value
   *     #MAX_FILTER_TRIES} candidates in a row fail the test
   * @throws NullPointerException if {@code test} is null
   */
  default Gen<T> filter(Predicate<? super T> test) {
    return filter(test, MAX_FILTER_TRIES);
  }

  /**
   * Returns a generator of the values that pass a test, trying at most {@code maxTries} candidates
   * in a row for each value.
   *
   * @param test the test, not null
   * @param maxTries how many candidates in a row to try, at least 1
   * @return the filtered generator; it throws {@link IllegalStateException} when {@code maxTries}
   *     candidates in a row fail the test
   * @throws NullPointerException if {@code test} is null
   * @throws IllegalArgumentException if {@code maxTries} is below 1
   */
  default Gen<T> filter(Predicate<? super T> test, int maxTries) {
    Objects.requireNonNull(test, "test");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be at least 1, but was " + maxTries);
    }
    return random -> {
      T candidate = generate(random);
      for (int rejected = 1; !test.test(candidate); rejected++) {
        if (rejected == maxTries) {
          throw filterExhausted(maxTries, candidate);
        }
        candidate = generate(random);
      }
      return candidate;
    };
  }

  private static IllegalStateException filterExhausted(int maxTries, Object last) {
    return new IllegalStateException(
        "Gen.filter rejected "
            + maxTries
            + " candidates in a row (the last was "
            + Property.describe(last)
            + "); generate valid values directly instead of filtering");
  }
}
