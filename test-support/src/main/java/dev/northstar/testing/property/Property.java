package dev.northstar.testing.property;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Runs a property: a check over many generated inputs.
 *
 * <p>The run is reproducible. The default seed is fixed ({@link #DEFAULT_SEED}); the system
 * property {@code northstar.seed} replaces it and {@code northstar.tries} the number of tries
 * (default {@value #DEFAULT_TRIES}). Try 0 uses the run seed itself and every later try a seed
 * derived from it, so when a try fails the message names that try's seed, and running again with
 * {@code -Dnorthstar.seed=<that seed>} replays the failing input first.
 *
 * <pre>{@code
 * Property.named("parse inverts toString")
 *     .forAll(dateRanges, range -> assertThat(DateRange.parse(range.toString())).isEqualTo(range));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Property {

  /** The seed used when {@code northstar.seed} is not set. */
  public static final long DEFAULT_SEED = 0x5EED_2026_11_22L;

  /** The number of tries when {@code northstar.tries} is not set. */
  public static final int DEFAULT_TRIES = 200;

  /** The system property that sets the seed. */
  public static final String SEED_PROPERTY = "northstar.seed";

  /** The system property that sets the number of tries. */
  public static final String TRIES_PROPERTY = "northstar.tries";

  private final String name;
  private final long seed;
  private final int tries;

  private Property(String name, long seed, int tries) {
    this.name = name;
    this.seed = seed;
    this.tries = tries;
  }

  /**
   * Starts a property with the seed and tries of the system properties, or the defaults.
   *
   * @param name what the property says, shown on failure
   * @return the property
   * @throws IllegalArgumentException if a system property is not a number
   */
  public static Property named(String name) {
    return new Property(
        Objects.requireNonNull(name, "name"),
        longProperty(SEED_PROPERTY, DEFAULT_SEED),
        (int) longProperty(TRIES_PROPERTY, DEFAULT_TRIES));
  }

  private static long longProperty(String key, long fallback) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property " + key + " must be a whole number, but was '" + value + "'", e);
    }
  }

  /**
   * Returns a copy with another seed, for tests of the harness itself.
   *
   * @param newSeed the run seed
   * @return the changed property
   */
  public Property seed(long newSeed) {
    return new Property(name, newSeed, tries);
  }

  /**
   * Returns a copy with another number of tries.
   *
   * @param newTries the number of tries, at least 1
   * @return the changed property
   * @throws IllegalArgumentException if {@code newTries} is below 1
   */
  public Property tries(int newTries) {
    if (newTries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, but was " + newTries);
    }
    return new Property(name, seed, newTries);
  }

  /**
   * Returns the run seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of tries.
   *
   * @return the tries
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns the seed of a try: the run seed for try 0, a derived seed for the others.
   *
   * @param tryIndex the try, 0 or more
   * @return that try's seed
   */
  public long seedOfTry(int tryIndex) {
    return tryIndex == 0 ? seed : mix(seed + tryIndex * 0x9E3779B97F4A7C15L);
  }

  /** The SplitMix64 finaliser: spreads consecutive seeds over the whole range. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Checks the property for every try.
   *
   * @param gen the input generator
   * @param check the check
   * @param <T> the input type
   * @throws AssertionError naming the property, the seeds, the try and the input, with the original
   *     failure as cause, on the first failing try
   */
  public <T> void forAll(Gen<T> gen, Check<? super T> check) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(check, "check");
    for (int i = 0; i < tries; i++) {
      long trySeed = seedOfTry(i);
      T input;
      try {
        input = gen.generate(new SplittableRandom(trySeed));
      } catch (RuntimeException e) {
        throw new AssertionError(message(i, trySeed, "<generator failed>", e), e);
      }
      try {
        check.check(input);
      } catch (Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
          throw fatal;
        }
        throw new AssertionError(message(i, trySeed, String.valueOf(input), e), e);
      }
    }
  }

  /**
   * Checks a property of two independently generated inputs.
   *
   * @param a the first input's generator
   * @param b the second input's generator
   * @param check the check of both
   * @param <A> the first input type
   * @param <B> the second input type
   * @throws AssertionError on the first failing try, as {@link #forAll(Gen, Check)}
   */
  public <A, B> void forAll(Gen<A> a, Gen<B> b, Check2<? super A, ? super B> check) {
    Objects.requireNonNull(check, "check");
    forAll(Gens.zip(a, b, Pair::new), pair -> check.check(pair.first, pair.second));
  }

  private String message(int tryIndex, long trySeed, String input, Throwable cause) {
    return "Property '"
        + name
        + "' failed on try "
        + (tryIndex + 1)
        + " of "
        + tries
        + "\n  input: "
        + abbreviate(input)
        + "\n  run seed: "
        + seed
        + ", try seed: "
        + trySeed
        + "\n  reproduce with: -D"
        + SEED_PROPERTY
        + "="
        + trySeed
        + " (replays this input first)\n  cause: "
        + cause;
  }

  private static String abbreviate(String s) {
    return s.length() <= 2_000 ? s : s.substring(0, 2_000) + "... (" + s.length() + " chars)";
  }

  /**
   * The body of a property of two inputs.
   *
   * @param <A> the first input type
   * @param <B> the second input type
   */
  @FunctionalInterface
  public interface Check2<A, B> {
    /**
     * Checks one pair of inputs.
     *
     * @param a the first input
     * @param b the second input
     * @throws Throwable when the property does not hold
     */
    void check(A a, B b) throws Throwable;
  }

  private static final class Pair<A, B> {
    final A first;
    final B second;

    Pair(A first, B second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public String toString() {
      return "(" + first + ", " + second + ")";
    }
  }
}
