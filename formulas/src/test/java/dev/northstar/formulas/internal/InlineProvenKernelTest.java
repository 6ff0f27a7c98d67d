package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Property;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The unchecked loops of {@link InlineProvenKernel}, each loop's local state against a row-by-row
 * sum ({@link OverflowProofTest} checks the proof that lets the engine take them). Through the
 * public API, {@code FusedLoopsPropertiesTest} compares whole query results with exact sums.
 */
class InlineProvenKernelTest {

  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};

  /** One generated input of a loop: columns, codes, days and an optional bucket lookup. */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared or hashed
  record LoopCase(
      int[] codes,
      int[] days,
      int @Nullable [] lookup,
      int buckets,
      long[][] numerator,
      long[] denominator) {}

  private static final Gen<LoopCase> LOOP_CASES =
      random -> {
        int rows = random.nextInt(300);
        int dayCount = 1 + random.nextInt(40);
        boolean byDay = random.nextBoolean();
        int[] lookup = new int[dayCount];
        for (int d = 1; d < dayCount; d++) {
          // A bucket of 1 to 3 days at a time, as weeks or months group days.
          lookup[d] = byDay ? d : lookup[d - 1] + (random.nextInt(3) == 0 ? 1 : 0);
        }
        int buckets = lookup[dayCount - 1] + 1;
        int[] codes = new int[rows];
        int[] days = new int[rows];
        long[][] numerator = new long[1 + random.nextInt(4)][rows];
        long[] denominator = new long[rows];
        for (int r = 0; r < rows; r++) {
          codes[r] = random.nextInt(PLATFORMS.length + 1) - 1;
          days[r] = 20_000 + random.nextInt(dayCount);
          for (long[] column : numerator) {
            column[r] = random.nextInt(1_000_000);
          }
          denominator[r] = random.nextInt(1_000_000);
        }
        return new LoopCase(codes, days, byDay ? null : lookup, buckets, numerator, denominator);
      };

  @Test
  void eachLoopSumsEveryRowIntoItsGroup() {
    Property.named("unchecked loops equal a row-by-row sum by group")
        .forAll(
            LOOP_CASES,
            c -> {
              int groups = (PLATFORMS.length + 1) * c.buckets();
              long[] expected = new long[CompactSums.STRIDE_OF_ONE * groups];
              int rows = c.codes().length;
              for (int r = 0; r < rows; r++) {
                int day = c.days()[r] - 20_000;
                int[] lookup = c.lookup();
                int bucket = lookup == null ? day : lookup[day];
                int at = CompactSums.STRIDE_OF_ONE * ((c.codes()[r] + 1) * c.buckets() + bucket);
                for (long[] column : c.numerator()) {
                  expected[at + CompactSums.NUMERATOR] += column[r];
                }
                expected[at + CompactSums.DENOMINATOR] += c.denominator()[r];
                expected[at + CompactSums.ROWS]++;
              }
              int[] lookup = c.lookup();
              InlineIds ids =
                  new InlineIds(
                      c.codes(),
                      c.days(),
                      lookup == null ? new int[0] : lookup,
                      lookup == null,
                      20_000,
                      c.buckets(),
                      groups);
              long[] actual = InlineProvenKernel.sum(ids, c.numerator(), c.denominator(), 0, rows);
              assertThat(actual).as(Arrays.toString(c.codes())).containsExactly(expected);
              // A part of the rows, as a thread's range.
              int from = rows / 3;
              long[] part = InlineProvenKernel.sum(ids, c.numerator(), c.denominator(), from, rows);
              long partRows = 0;
              for (int g = 0; g < groups; g++) {
                partRows += part[CompactSums.STRIDE_OF_ONE * g + CompactSums.ROWS];
              }
              assertThat(partRows).isEqualTo(rows - from);
            });
  }
}
