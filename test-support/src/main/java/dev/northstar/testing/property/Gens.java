package dev.northstar.testing.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Factories of common generators. Every generator here is immutable and thread-safe. */
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
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  public static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /**
   * One of the given values, uniformly.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return elements(copy);
  }

  /**
   * One of the elements of a list, uniformly.
   *
   * @param values the values, not empty
   * @param <T> their type
   * @return the generator
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
   * @param gens the generators, at least one
   * @param <T> the value type
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> choose(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      copy.add(gen);
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
   * @param first the first generator
   * @param second the second generator
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<T> frequency(int weight, Gen<? extends T> first, Gen<? extends T> second) {
    if (weight < 0 || weight > 100) {
      throw new IllegalArgumentException("weight must be 0 to 100, but was " + weight);
    }
    return random ->
        random.nextInt(100) < weight ? first.generate(random) : second.generate(random);
  }

  /**
   * Integers in {@code [min, max]}, with the bounds and zero (when in range) more likely.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator
   */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Longs in {@code [min, max]}, with the bounds and zero (when in range) more likely.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator
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
      long value;
      do {
        value = random.nextLong();
      } while (value < min || value > max);
      return value;
    };
  }

  /**
   * Doubles in {@code [min, max)}; never NaN or infinite.
   *
   * @param min the smallest value
   * @param max the bound, greater than {@code min}
   * @return the generator
   */
  public static Gen<Double> doubles(double min, double max) {
    if (!(max > min) || Double.isInfinite(max - min)) {
      throw new IllegalArgumentException("need finite min < max, but were " + min + ", " + max);
    }
    return random -> random.nextDouble(min, max);
  }

  /**
   * Decimals in {@code [min, max]} with at most {@code scale} decimals.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @param scale the number of decimals, 0 or more
   * @return the generator
   */
  public static Gen<BigDecimal> bigDecimals(BigDecimal min, BigDecimal max, int scale) {
    if (max.compareTo(min) < 0 || scale < 0) {
      throw new IllegalArgumentException("need min <= max and scale >= 0");
    }
    BigInteger lo = min.setScale(scale, java.math.RoundingMode.CEILING).unscaledValue();
    BigInteger span =
        max.setScale(scale, java.math.RoundingMode.FLOOR).unscaledValue().subtract(lo);
    return random -> {
      BigInteger offset;
      do {
        offset = new BigInteger(span.bitLength() + 1, new java.util.Random(random.nextLong()));
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
    return SplittableRandomBoolean.INSTANCE;
  }

  /**
   * Strings of characters from an alphabet.
   *
   * @param alphabet the characters to use, not empty
   * @param minLength the shortest length, 0 or more
   * @param maxLength the longest length, at least {@code minLength}
   * @return the generator
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    if (alphabet.isEmpty() || minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException("need a non-empty alphabet and 0 <= min <= max");
    }
    return random -> {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return s.toString();
    };
  }

  /**
   * Strings of printable ASCII characters.
   *
   * @param minLength the shortest length, 0 or more
   * @param maxLength the longest length, at least {@code minLength}
   * @return the generator
   */
  public static Gen<String> asciiStrings(int minLength, int maxLength) {
    return strings(ASCII_PRINTABLE, minLength, maxLength);
  }

  /**
   * Strings of arbitrary code points, including control characters, non-BMP characters (as
   * surrogate pairs) and, rarely, lone surrogates: for fuzz-like tests.
   *
   * @param minCodePoints the fewest code points, 0 or more
   * @param maxCodePoints the most code points, at least {@code minCodePoints}
   * @return the generator
   */
  public static Gen<String> unicodeStrings(int minCodePoints, int maxCodePoints) {
    if (minCodePoints < 0 || maxCodePoints < minCodePoints) {
      throw new IllegalArgumentException("need 0 <= min <= max");
    }
    return random -> {
      int length = minCodePoints + random.nextInt(maxCodePoints - minCodePoints + 1);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(10);
        int cp;
        if (kind < 4) {
          cp = 32 + random.nextInt(95);
        } else if (kind < 5) {
          cp = random.nextInt(32);
        } else if (kind < 7) {
          cp = 0x80 + random.nextInt(0xD800 - 0x80);
        } else if (kind < 9) {
          cp = 0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1);
        } else {
          cp = 0xD800 + random.nextInt(0x800);
        }
        s.appendCodePoint(cp);
      }
      return s.toString();
    };
  }

  /**
   * Lists of generated elements.
   *
   * @param element the element generator
   * @param minSize the smallest size, 0 or more
   * @param maxSize the largest size, at least {@code minSize}
   * @param <T> the element type
   * @return the generator of unmodifiable lists
   */
  public static <T> Gen<List<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("need 0 <= minSize <= maxSize");
    }
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
   * Sets of distinct generated elements, in generation order.
   *
   * @param element the element generator; it must be able to make {@code maxSize} distinct values
   * @param minSize the smallest size, 0 or more
   * @param maxSize the largest size, at least {@code minSize}
   * @param <T> the element type
   * @return the generator of unmodifiable sets
   */
  public static <T> Gen<Set<T>> setOf(Gen<? extends T> element, int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("need 0 <= minSize <= maxSize");
    }
    return random -> {
      int size = minSize + random.nextInt(maxSize - minSize + 1);
      Set<T> set = new LinkedHashSet<>();
      for (int attempts = 0; set.size() < size; attempts++) {
        if (attempts > size * 100 + 100) {
          throw new IllegalStateException("cannot generate " + size + " distinct elements");
        }
        set.add(element.generate(random));
      }
      return java.util.Collections.unmodifiableSet(set);
    };
  }

  /**
   * Present (three times in four) or empty optionals.
   *
   * @param value the value generator
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionalOf(Gen<? extends T> value) {
    return random ->
        random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value.generate(random));
  }

  /**
   * Dates in {@code [from, to]}.
   *
   * @param from the earliest date
   * @param to the latest date, not before {@code from}
   * @return the generator
   */
  public static Gen<LocalDate> localDates(LocalDate from, LocalDate to) {
    return longs(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * One of the constants of an enum.
   *
   * @param type the enum class
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return elements(Arrays.asList(type.getEnumConstants()));
  }

  /**
   * Two generated values combined.
   *
   * @param a the first generator
   * @param b the second generator
   * @param combine the combiner
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the result type
   * @return the generator
   */
  public static <A, B, R> Gen<R> zip(
      Gen<? extends A> a,
      Gen<? extends B> b,
      BiFunction<? super A, ? super B, ? extends R> combine) {
    Objects.requireNonNull(combine, "combine");
    return random -> combine.apply(a.generate(random), b.generate(random));
  }

  /**
   * Three generated values combined.
   *
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param combine the combiner
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   * @return the generator
   */
  public static <A, B, C, R> Gen<R> zip(
      Gen<? extends A> a, Gen<? extends B> b, Gen<? extends C> c, Function3<A, B, C, R> combine) {
    Objects.requireNonNull(combine, "combine");
    return random -> combine.apply(a.generate(random), b.generate(random), c.generate(random));
  }

  /**
   * A function of three arguments.
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

  private enum SplittableRandomBoolean implements Gen<Boolean> {
    INSTANCE;

    @Override
    public Boolean generate(java.util.SplittableRandom random) {
      return random.nextBoolean();
    }
  }
}
