package dev.northstar.testing.property;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: a check over many generated inputs.
 *
 * <pre>{@code
 * Property.named("parse inverts toString")
 *     .forAll(dateRanges, range -> assertThat(DateRange.parse(range.toString())).isEqualTo(range));
 * }</pre>
 *
 * <p>The run is reproducible. The run seed is fixed ({@link #DEFAULT_SEED}) unless the system
 * property {@value #SEED_PROPERTY} sets another, and the number of tries is {@value #DEFAULT_TRIES}
 * unless {@value #TRIES_PROPERTY} sets another; {@link #seed(long)} and {@link #tries(int)} in code
 * take precedence over both. Try 0 uses the run seed itself and every later try a seed derived from
 * it ({@link #seedOfTry(int)}), and each try generates its input from a fresh {@link
 * SplittableRandom} of its seed. So when a try fails, the {@link AssertionError} names that try's
 * seed and the flag {@code -Dnorthstar.seed=<that seed>}, which makes the failing input the first
 * one tried in the next run.
 *
 * <p>A try fails when the check throws anything: an {@link AssertionError}, any other exception
 * (checked ones included), or an error other than a {@link VirtualMachineError} (a {@link
 * StackOverflowError} is a failure too). A generator that throws fails the try in the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Property {

  /** The run seed used when {@value #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 0x5EED_2026_11_22L;

  /** The number of tries when {@value #TRIES_PROPERTY} is not set. */
  public static final int DEFAULT_TRIES = 200;

  /** The system property that sets the run seed: a whole number, negative allowed. */
  public static final String SEED_PROPERTY = "northstar.seed";

  /** The system property that sets the number of tries: a whole number, at least 1. */
  public static final String TRIES_PROPERTY = "northstar.tries";

  /** Longer inputs are cut to this many characters in failure messages. */
  private static final int MAX_DESCRIPTION = 2_000;

  private final String name;
  private final long seed;
  private final int tries;
  private final boolean seedFromCode;

  private Property(String name, long seed, int tries, boolean seedFromCode) {
    this.name = name;
    this.seed = seed;
    this.tries = tries;
    this.seedFromCode = seedFromCode;
  }

  /**
   * Starts a property with the run seed and tries of the system properties {@value #SEED_PROPERTY}
   * and {@value #TRIES_PROPERTY}, or the defaults when they are not set (or blank).
   *
   * @param name what the property says, shown on failure; not null
   * @return the property
   * @throws IllegalArgumentException if a system property is set but is not a whole number, or the
   *     tries are below 1
   * @throws NullPointerException if {@code name} is null
   */
  public static Property named(String name) {
    return named(name, System::getProperty);
  }

  /**
   * Starts a property whose settings come from a lookup of property keys rather than from the
   * system properties: what {@link #named(String)} does with {@code System::getProperty}. For the
   * harness's own tests.
   *
   * @param name what the property says
   * @param properties the value of a property key, or null when it is not set
   * @return the property
   * @throws IllegalArgumentException if a setting is not a whole number, or the tries are below 1
   */
  static Property named(String name, Function<String, @Nullable String> properties) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(properties, "properties");
    long seed = longSetting(properties, SEED_PROPERTY, DEFAULT_SEED);
    long tries = longSetting(properties, TRIES_PROPERTY, DEFAULT_TRIES);
    if (tries < 1 || tries > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "system property "
              + TRIES_PROPERTY
              + " must be 1 to "
              + Integer.MAX_VALUE
              + ", but was '"
              + properties.apply(TRIES_PROPERTY)
              + "'");
    }
    return new Property(name, seed, (int) tries, false);
  }

  private static long longSetting(
      Function<String, @Nullable String> properties, String key, long fallback) {
    String value = properties.apply(key);
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
   * Returns a copy with another run seed, which takes precedence over {@value #SEED_PROPERTY}. For
   * tests of the harness itself, and for pinning a seed while debugging; a property whose seed is
   * set in code reports failures with the {@code seed(...)} call to reproduce them rather than the
   * flag.
   *
   * @param newSeed the run seed
   * @return the changed property
   */
  public Property seed(long newSeed) {
    return new Property(name, newSeed, tries, true);
  }

  /**
   * Returns a copy with another number of tries, which takes precedence over {@value
   * #TRIES_PROPERTY}.
   *
   * @param newTries the number of tries, at least 1
   * @return the changed property
   * @throws IllegalArgumentException if {@code newTries} is below 1
   */
  public Property tries(int newTries) {
    if (newTries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, but was " + newTries);
    }
    return new Property(name, seed, newTries, seedFromCode);
  }

  /**
   * Returns a copy whose tries are {@code triesAtDefault} scaled by this property's tries over
   * {@value #DEFAULT_TRIES}, rounded up: exactly {@code triesAtDefault} in a normal run, and in
   * proportion when {@value #TRIES_PROPERTY} asks for fewer (a mutation run) or more (a deep run).
   * For properties whose tries are expensive, so that they keep their share of a run's budget
   * rather than overriding it as {@link #tries(int)} does.
   *
   * @param triesAtDefault the tries when the run has {@value #DEFAULT_TRIES}, at least 1
   * @return the changed property, with at least 1 try
   * @throws IllegalArgumentException if {@code triesAtDefault} is below 1
   */
  public Property scaledTries(int triesAtDefault) {
    if (triesAtDefault < 1) {
      throw new IllegalArgumentException(
          "tries at default must be at least 1, but was " + triesAtDefault);
    }
    long scaled = ((long) triesAtDefault * tries + DEFAULT_TRIES - 1) / DEFAULT_TRIES;
    return new Property(name, seed, (int) Math.min(scaled, Integer.MAX_VALUE), seedFromCode);
  }

  /**
   * Returns the name.
   *
   * @return what the property says
   */
  public String name() {
    return name;
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
   * @return the tries, at least 1
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns the seed of a try: the run seed for try 0, a seed derived from the run seed and the try
   * index (with the SplitMix64 finaliser) for the others.
   *
   * @param tryIndex the try, counted from 0
   * @return that try's seed
   * @throws IllegalArgumentException if {@code tryIndex} is negative
   */
  public long seedOfTry(int tryIndex) {
    if (tryIndex < 0) {
      throw new IllegalArgumentException("tryIndex must be 0 or more, but was " + tryIndex);
    }
    return tryIndex == 0 ? seed : mix(seed + tryIndex * 0x9E3779B97F4A7C15L);
  }

  /** The SplitMix64 finaliser: spreads consecutive seeds over the whole range. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Checks the property for every try, and returns normally when every try passes.
   *
   * @param gen the input generator, not null
   * @param check the check, not null
   * @param <T> the input type
   * @throws AssertionError on the first failing try: its message names the property, the try, the
   *     run seed, the try's seed, the failing input and the flag that replays it, and its cause is
   *     what the check (or the generator) threw
   * @throws NullPointerException if an argument is null
   */
  public <T> void forAll(Gen<T> gen, Check<? super T> check) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(check, "check");
    for (int i = 0; i < tries; i++) {
      long trySeed = seedOfTry(i);
      T input;
      try {
        input =
            Objects.requireNonNull(
                gen.generate(new SplittableRandom(trySeed)), "the generator returned null");
      } catch (Throwable e) {
        throw failure(i, trySeed, null, e);
      }
      try {
        check.check(input);
      } catch (Throwable e) {
        throw failure(i, trySeed, input, e);
      }
    }
  }

  /**
   * Checks a property of two independently generated inputs, and returns normally when every try
   * passes. The failure message shows the inputs as {@code (a, b)}.
   *
   * @param a the first input's generator, not null
   * @param b the second input's generator, not null
   * @param check the check of both, not null
   * @param <A> the first input type
   * @param <B> the second input type
   * @throws AssertionError on the first failing try, as {@link #forAll(Gen, Check)}
   * @throws NullPointerException if an argument is null
   */
  public <A, B> void forAll(Gen<A> a, Gen<B> b, Check2<? super A, ? super B> check) {
    Objects.requireNonNull(check, "check");
    forAll(Gens.zip(a, b, Pair::new), pair -> check.check(pair.first, pair.second));
  }

  /**
   * Returns the failure of a try, or rethrows {@code cause} if it is a virtual machine error other
   * than a stack overflow.
   */
  private AssertionError failure(
      int tryIndex, long trySeed, @Nullable Object input, Throwable cause) {
    if (cause instanceof VirtualMachineError fatal && !(cause instanceof StackOverflowError)) {
      throw fatal;
    }
    if (cause instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    // The seeds come before the input and the cause: they are what a reader needs most, and text
    // after an unpaired surrogate can be lost on the way to a report (Surefire drops it).
    StringBuilder m = new StringBuilder();
    m.append("Property '").append(name).append("' failed on try ").append(tryIndex + 1);
    m.append(" of ").append(tries).append('\n');
    m.append("  run seed: ").append(seed).append(", try seed: ").append(trySeed).append('\n');
    if (seedFromCode) {
      m.append("  reproduce with: .seed(").append(trySeed).append("L) in place of .seed(");
      m.append(seed).append("L) in the test (this property sets its seed in code, so -D");
      m.append(SEED_PROPERTY).append(" does not apply)\n");
    } else {
      m.append("  reproduce with: -D").append(SEED_PROPERTY).append('=').append(trySeed);
      m.append(" (replays this input as the first try)\n");
    }
    if (input == null) {
      m.append("  input: <none: the generator failed>\n");
    } else {
      String text = safeToString(input);
      m.append(needsEscaping(text) ? "  input (escaped): " : "  input: ");
      m.append(describe(text)).append('\n');
    }
    m.append("  cause: ").append(cause);
    return new AssertionError(escapeUnpairedSurrogates(m.toString()), cause);
  }

  /**
   * Describes a value for a message: its {@code toString()} (or what that threw), as a Java string
   * literal with escapes if it has invisible characters, cut to 2,000 characters. The result has no
   * control characters other than line breaks and tabs, and no surrogates unless paired.
   */
  static String describe(@Nullable Object value) {
    String text = safeToString(value);
    return abbreviate(needsEscaping(text) ? escape(text) : text);
  }

  private static String safeToString(@Nullable Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException e) {
      return "<toString() threw " + e + ">";
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= MAX_DESCRIPTION
        ? s
        : s.substring(0, MAX_DESCRIPTION) + "... (" + s.length() + " chars)";
  }

  private static boolean needsEscaping(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isInvisible(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInvisible(char c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      case Character.SPACE_SEPARATOR -> c != ' ';
      default -> false;
    };
  }

  private static String escapeUnpairedSurrogates(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text as a Java string literal, with invisible characters as unicode escapes. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (isInvisible(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Returns a description of this property's name, seed and tries.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Property[" + name + ", seed " + seed + ", tries " + tries + "]";
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
