package dev.northstar.testing.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Factories of common generators.
 *
 * <p>Every generator made here is immutable and thread-safe, never generates null, and validates
 * its arguments when it is made (not when it first generates), throwing {@link
 * NullPointerException} for a null argument and {@link IllegalArgumentException} for an invalid
 * one.
 */
public final class Gens {

  private static final String ASCII_PRINTABLE;

  static {
    StringBuilder s = new StringBuilder();
    for (char c = 32; c < 127; c++) {
      s.append(c);
    }
    ASCII_PRINTABLE = s.toString();
  }

  private Gens() {}

  /**
   * Always the same value.
   *
   * @param value the value, not null
   * @param <T> its type
   * @return the generator
   * @throws NullPointerException if {@code value} is null
   */
  public static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * One of the given values, uniformly.
   *
   * @param values the values, at least one, none null
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if there are no values
   * @throws NullPointerException if a value is null
   */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    // Copied element by element: passing the array on would be an unsafe varargs use (-Xlint).
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return elements(copy);
  }

  /**
   * One of the elements of a list, uniformly. The list is copied.
   *
   * @param values the values, not empty, none null
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if the list is empty
   * @throws NullPointerException if the list or an element is null
   */
  public static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * A value from one of the generators, chosen uniformly.
   *
   * @param gens the generators, at least one, none null
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if there are no generators
   * @throws NullPointerException if a generator is null
   */
  @SafeVarargs
  public static <T> Gen<T> choose(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      copy.add(Objects.requireNonNull(gen, "gen"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("choose needs at least one generator");
    }
    return random -> copy.get(random.nextInt(copy.size())).generate(random);
  }

  /**
   * A value from one of two generators, the first with probability {@code weight / 100}.
   *
   * @param weight the first generator's weight in percent, 0 to 100
   * @param first the first generator, not null
   * @param second the second generator, not null
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if {@code weight} is not 0 to 100
   * @throws NullPointerException if a generator is null
   */
  public static <T> Gen<T> frequency(int weight, Gen<? extends T> first, Gen<? extends T> second) {
    if (weight < 0 || weight > 100) {
      throw new IllegalArgumentException("weight must be 0 to 100, but was " + weight);
    }
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return random ->
        random.nextInt(100) < weight ? first.generate(random) : second.generate(random);
  }

  /**
   * A value from one of several generators, each chosen with probability its weight divided by the
   * sum of the weights.
   *
   * <pre>{@code
   * Gens.frequency(Gens.weighted(8, typical), Gens.weighted(1, huge), Gens.weighted(1, tiny))
   * }</pre>
   *
   * @param choices the weighted generators, at least one, with a positive sum of weights
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if there are no choices, or the weights sum to 0 or to more
   *     than {@link Integer#MAX_VALUE}
   * @throws NullPointerException if a choice is null
   */
  @SafeVarargs
  public static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = new ArrayList<>(choices.length);
    long sum = 0;
    for (Weighted<? extends T> choice : choices) {
      copy.add(Objects.requireNonNull(choice, "choice"));
      sum += choice.weight();
    }
    if (sum <= 0 || sum > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "frequency needs weights summing to 1 to "
              + Integer.MAX_VALUE
              + ", but they sum to "
              + sum);
    }
    int total = (int) sum;
    return random -> {
      int pick = random.nextInt(total);
      for (Weighted<? extends T> choice : copy) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.gen().generate(random);
        }
      }
      throw new AssertionError("unreachable: the pick is below the sum of the weights");
    };
  }

  /**
   * A generator with a weight, for {@link #frequency(Weighted...)}.
   *
   * @param weight the weight, 0 or more (0: never chosen)
   * @param gen the generator, not null
   * @param <T> the value type
   * @return the weighted generator
   * @throws IllegalArgumentException if {@code weight} is negative
   * @throws NullPointerException if {@code gen} is null
   */
  public static <T> Weighted<T> weighted(int weight, Gen<T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * Integers in {@code [min, max]}, with the bounds and zero (when in range) more likely: each
   * about one time in twenty.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Longs in {@code [min, max]}, with the bounds and zero (when in range) more likely: each about
   * one time in twenty.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    return random -> {
      int edge = random.nextInt(20);
      if (edge == 0) {
        return min;
      }
      if (edge == 1) {
        return max;
      }
      if (edge == 2 && min <= 0 && max >= 0) {
        return 0L;
      }
      if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) {
        return random.nextLong();
      }
      if (max - min >= 0 && max - min < Long.MAX_VALUE) {
        return min + random.nextLong(max - min + 1);
      }
      // The span does not fit in a long, so it is more than half of all longs: few rejections.
      long value;
      do {
        value = random.nextLong();
      } while (value < min || value > max);
      return value;
    };
  }

  /**
   * Doubles in {@code [min, max)}, uniformly; never NaN or infinite.
   *
   * @param min the smallest value, finite
   * @param max the bound, finite and greater than {@code min}, with {@code max - min} finite
   * @return the generator
   * @throws IllegalArgumentException if the bounds are not as above
   */
  public static Gen<Double> doubles(double min, double max) {
    if (!(max > min) || Double.isInfinite(max - min)) {
      throw new IllegalArgumentException(
          "need finite min < max with a finite difference, but were " + min + ", " + max);
    }
    return random -> random.nextDouble(min, max);
  }

  /**
   * Decimals in {@code [min, max]}, uniformly over the multiples of {@code 10^-scale} in that
   * range, each with exactly {@code scale} decimals (so {@code 1.50} rather than {@code 1.5}).
   *
   * @param min the smallest value, not null
   * @param max the largest value, not null, at least {@code min}
   * @param scale the number of decimals, 0 or more
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}, {@code scale} is negative, or no
   *     multiple of {@code 10^-scale} lies in the range
   * @throws NullPointerException if a bound is null
   */
  public static Gen<BigDecimal> bigDecimals(BigDecimal min, BigDecimal max, int scale) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (max.compareTo(min) < 0 || scale < 0) {
      throw new IllegalArgumentException(
          "need min <= max and scale >= 0, but were " + min + ", " + max + ", " + scale);
    }
    BigInteger lo = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
    BigInteger span = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().subtract(lo);
    if (span.signum() < 0) {
      throw new IllegalArgumentException(
          "no decimal with scale " + scale + " lies in [" + min + ", " + max + "]");
    }
    return random -> {
      Random bits = new Random(random.nextLong());
      BigInteger offset;
      do {
        offset = new BigInteger(span.bitLength() + 1, bits);
      } while (offset.compareTo(span) > 0);
      return new BigDecimal(lo.add(offset), scale);
    };
  }

  /**
   * True or false, evenly.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /**
   * Strings of code points from an alphabet, each chosen uniformly. The length counts code points,
   * which for an alphabet of BMP characters (no surrogate pairs) is also the number of chars.
   *
   * @param alphabet the code points to use, not empty
   * @param minLength the fewest code points, 0 or more
   * @param maxLength the most code points, at least {@code minLength}
   * @return the generator
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are not as above
   * @throws NullPointerException if {@code alphabet} is null
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    if (codePoints.length == 0 || minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException(
          "need a non-empty alphabet and 0 <= minLength <= maxLength, but were "
              + minLength
              + ", "
              + maxLength);
    }
    return random -> {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      return s.toString();
    };
  }

  /**
   * Strings of printable ASCII characters ({@code ' '} to {@code '~'}).
   *
   * @param minLength the shortest length, 0 or more
   * @param maxLength the longest length, at least {@code minLength}
   * @return the generator
   * @throws IllegalArgumentException if the lengths are not as above
   */
  public static Gen<String> asciiStrings(int minLength, int maxLength) {
    return strings(ASCII_PRINTABLE, minLength, maxLength);
  }

  /**
   * Strings of arbitrary code points, for fuzz-like tests. Each code point is, with probability:
   *
   * <ul>
   *   <li>4/10 printable ASCII;
   *   <li>1/10 an ASCII control character ({@code U+0000} to {@code U+001F});
   *   <li>2/10 another BMP character ({@code U+0080} to {@code U+FFFF}, surrogates excluded:
   *       Latin-1 and C1 controls, line and paragraph separators, the byte-order mark, private use,
   *       {@code U+FFFE} and {@code U+FFFF});
   *   <li>2/10 a supplementary character ({@code U+10000} to {@code U+10FFFF}), written as a
   *       surrogate pair;
   *   <li>1/10 a lone surrogate ({@code U+D800} to {@code U+DFFF}), which is not valid UTF-16.
   * </ul>
   *
   * <p>A lone surrogate never pairs with the one before it, so {@code s.codePointCount(0,
   * s.length())} is always the generated number of code points.
   *
   * @param minCodePoints the fewest code points, 0 or more
   * @param maxCodePoints the most code points, at least {@code minCodePoints}
   * @return the generator
   * @throws IllegalArgumentException if the lengths are not as above
   */
  public static Gen<String> unicodeStrings(int minCodePoints, int maxCodePoints) {
    if (minCodePoints < 0 || maxCodePoints < minCodePoints) {
      throw new IllegalArgumentException(
          "need 0 <= minCodePoints <= maxCodePoints, but were "
              + minCodePoints
              + ", "
              + maxCodePoints);
    }
    return random -> {
      int length = minCodePoints + random.nextInt(maxCodePoints - minCodePoints + 1);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(10);
        int cp;
        if (kind < 4) {
          cp = 0x20 + random.nextInt(0x7F - 0x20);
        } else if (kind < 5) {
          cp = random.nextInt(0x20);
        } else if (kind < 7) {
          // U+0080..U+FFFF without the 0x800 surrogates.
          cp = 0x80 + random.nextInt(0x10000 - 0x80 - 0x800);
          if (cp >= Character.MIN_SURROGATE) {
            cp += 0x800;
          }
        } else if (kind < 9) {
          cp = Character.MIN_SUPPLEMENTARY_CODE_POINT + random.nextInt(0x10FFFF - 0x10000 + 1);
        } else {
          cp = Character.MIN_SURROGATE + random.nextInt(0x800);
          boolean wouldPair =
              Character.isLowSurrogate((char) cp)
                  && s.length() > 0
                  && Character.isHighSurrogate(s.charAt(s.length() - 1));
          if (wouldPair) {
            cp -= 0x400; // the matching high surrogate: two highs in a row stay two code points
          }
        }
        s.appendCodePoint(cp);
      }
      return s.toString();
    };
  }

  /**
   * Lists of generated elements, of a size chosen uniformly.
   *
   * @param element the element generator, not null
   * @param minSize the smallest size, 0 or more
   * @param maxSize the largest size, at least {@code minSize}
   * @param <T> the element type
   * @return the generator of unmodifiable lists
   * @throws IllegalArgumentException if the sizes are not as above
   * @throws NullPointerException if {@code element} is null
   */
  public static <T> Gen<List<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    return random -> {
      int size = minSize + random.nextInt(maxSize - minSize + 1);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(element.generate(random));
      }
      return List.copyOf(list);
    };
  }

  /**
   * Sets of distinct generated elements, of a size chosen uniformly, iterating in generation order.
   *
   * @param element the element generator, not null; it must be able to make {@code maxSize}
   *     distinct values
   * @param minSize the smallest size, 0 or more
   * @param maxSize the largest size, at least {@code minSize}
   * @param <T> the element type
   * @return the generator of unmodifiable sets; it throws {@link IllegalStateException} when it
   *     cannot find enough distinct elements in {@code 100 * size + 100} attempts
   * @throws IllegalArgumentException if the sizes are not as above
   * @throws NullPointerException if {@code element} is null
   */
  public static <T> Gen<Set<T>> setOf(Gen<? extends T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    return random -> {
      int size = minSize + random.nextInt(maxSize - minSize + 1);
      Set<T> set = new LinkedHashSet<>();
      for (long attempts = 0; set.size() < size; attempts++) {
        if (attempts > size * 100L + 100) {
          throw new IllegalStateException(
              "setOf cannot generate "
                  + size
                  + " distinct elements (found "
                  + set.size()
                  + " in "
                  + attempts
                  + " attempts)");
        }
        set.add(element.generate(random));
      }
      return Collections.unmodifiableSet(set);
    };
  }

  private static void checkSizes(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "need 0 <= minSize <= maxSize, but were " + minSize + ", " + maxSize);
    }
  }

  /**
   * Present (three times in four) or empty optionals.
   *
   * @param value the value generator, not null
   * @param <T> the value type
   * @return the generator
   * @throws NullPointerException if {@code value} is null
   */
  public static <T> Gen<Optional<T>> optionalOf(Gen<? extends T> value) {
    Objects.requireNonNull(value, "value");
    return random ->
        random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value.generate(random));
  }

  /**
   * Dates in {@code [from, to]}, with the bounds and (when in range) 1970-01-01 more likely, as
   * {@link #longs(long, long)} of the epoch days.
   *
   * @param from the earliest date, not null
   * @param to the latest date, not null, not before {@code from}
   * @return the generator
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws NullPointerException if a date is null
   */
  public static Gen<LocalDate> localDates(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    return longs(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * One of the constants of an enum, uniformly.
   *
   * @param type the enum class, not null, with at least one constant
   * @param <E> the enum type
   * @return the generator
   * @throws IllegalArgumentException if the enum has no constants
   * @throws NullPointerException if {@code type} is null
   */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    E[] constants = type.getEnumConstants();
    if (constants == null || constants.length == 0) {
      throw new IllegalArgumentException(type + " has no enum constants");
    }
    return elements(Arrays.asList(constants));
  }

  /**
   * Two generated values combined; the first is generated first.
   *
   * @param a the first generator, not null
   * @param b the second generator, not null
   * @param combine the combiner, not null; it must not return null
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the result type
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static <A, B, R> Gen<R> zip(
      Gen<? extends A> a,
      Gen<? extends B> b,
      BiFunction<? super A, ? super B, ? extends R> combine) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(combine, "combine");
    return random -> {
      A first = a.generate(random);
      B second = b.generate(random);
      return Objects.requireNonNull(combine.apply(first, second), "zip's combiner returned null");
    };
  }

  /**
   * Three generated values combined; they are generated in order.
   *
   * @param a the first generator, not null
   * @param b the second generator, not null
   * @param c the third generator, not null
   * @param combine the combiner, not null; it must not return null
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static <A, B, C, R> Gen<R> zip(
      Gen<? extends A> a,
      Gen<? extends B> b,
      Gen<? extends C> c,
      Function3<? super A, ? super B, ? super C, ? extends R> combine) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(combine, "combine");
    return random -> {
      A first = a.generate(random);
      B second = b.generate(random);
      C third = c.generate(random);
      return Objects.requireNonNull(
          combine.apply(first, second, third), "zip's combiner returned null");
    };
  }

  /**
   * A function of three arguments, for {@link #zip(Gen, Gen, Gen, Function3)}.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface Function3<A, B, C, R> {
    /**
     * Applies the function.
     *
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     */
    R apply(A a, B b, C c);
  }

  /**
   * A generator with a weight, for {@link #frequency(Weighted...)}; made by {@link #weighted(int,
   * Gen)}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param <T> the value type
   */
  public static final class Weighted<T> {
    private final int weight;
    private final Gen<T> gen;

    private Weighted(int weight, Gen<T> gen) {
      if (weight < 0) {
        throw new IllegalArgumentException("weight must be 0 or more, but was " + weight);
      }
      this.weight = weight;
      this.gen = Objects.requireNonNull(gen, "gen");
    }

    /**
     * Returns the weight.
     *
     * @return the weight, 0 or more
     */
    public int weight() {
      return weight;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public Gen<T> gen() {
      return gen;
    }

    /**
     * Returns a description such as {@code weighted(3, <gen>)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "weighted(" + weight + ", " + gen + ")";
    }
  }
}
