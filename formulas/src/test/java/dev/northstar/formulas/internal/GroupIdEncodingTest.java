package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.testing.property.Property;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupIdEncoding}: ids are mixed-radix numbers with a missing value as digit 0, taken apart
 * digit by digit, and key order goes through one per-dimension comparison.
 */
class GroupIdEncodingTest {

  @Test
  void oneDimensionByBucketIsCodePlusOneTimesBucketsPlusBucket() {
    // Worked by hand: code 2 of a dimension, bucket 5 of 12: (2 + 1) * 12 + 5 = 41.
    assertThat(GroupIdEncoding.id(2, 5, 12)).isEqualTo(41);
    // A missing value (code -1) is digit 0: the id is the bucket itself.
    assertThat(GroupIdEncoding.id(ColumnStore.MISSING_CODE, 5, 12)).isEqualTo(5);
    assertThat(GroupIdEncoding.digit(ColumnStore.MISSING_CODE)).isZero();
    assertThat(GroupIdEncoding.code(0)).isEqualTo(ColumnStore.MISSING_CODE);
    assertThat(GroupIdEncoding.appendWide(Integer.MAX_VALUE, 3, 10))
        .isEqualTo(Integer.MAX_VALUE * 10L + 3);
  }

  @Test
  void digitsAppendedAreTakenApartInReverse() {
    Property.named("append then lastDigit and dropDigit give back the digits")
        .forAll(
            random -> {
              int[] radix = new int[1 + random.nextInt(4)];
              int[] digits = new int[radix.length];
              for (int i = 0; i < radix.length; i++) {
                radix[i] = 1 + random.nextInt(30);
                digits[i] = random.nextInt(radix[i]);
              }
              return new int[][] {radix, digits};
            },
            rd -> {
              int[] radix = rd[0];
              int[] digits = rd[1];
              int id = 0;
              long expected = 0;
              for (int i = 0; i < radix.length; i++) {
                id = GroupIdEncoding.append(id, digits[i], radix[i]);
                expected = expected * radix[i] + digits[i];
              }
              assertThat(id).isEqualTo(expected);
              for (int i = radix.length - 1; i >= 0; i--) {
                assertThat(GroupIdEncoding.lastDigit(id, radix[i])).isEqualTo(digits[i]);
                id = GroupIdEncoding.dropDigit(id, radix[i]);
              }
              assertThat(id).isZero();
            });
  }

  @Test
  void valuesCompareNumbersFirstWithAMissingValueLastAndGroupKeysFollow() {
    Dimension d = Dimension.PLATFORM;
    assertThat(GroupIdEncoding.compareValues(d, "a", "b")).isNegative();
    assertThat(GroupIdEncoding.compareValues(d, "b", "a")).isPositive();
    assertThat(GroupIdEncoding.compareValues(d, "10", "9")).as("numbers as numbers").isPositive();
    assertThat(GroupIdEncoding.compareValues(d, "9", "a")).as("numbers before text").isNegative();
    assertThat(GroupIdEncoding.compareValues(d, "x", "x")).isZero();
    assertThat(GroupIdEncoding.compareValues(d, null, "a")).isPositive();
    assertThat(GroupIdEncoding.compareValues(d, "a", null)).isNegative();
    assertThat(GroupIdEncoding.compareValues(d, null, null)).isZero();
    GroupKey missing = GroupKey.of(List.of(d), Arrays.asList((String) null), null, null);
    GroupKey a = GroupKey.of(List.of(d), List.of("a"), null, null);
    assertThat(a.compareTo(missing)).isNegative();
    assertThat(missing.compareTo(a)).isPositive();
  }
}
