package dev.northstar.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import org.junit.jupiter.api.Test;

class SvgChartTest {
  @Test
  void theAxisRangeCoversTheDataInFourRoundSteps() {
    Property.named(
            "niceRange covers [lo, hi] with four steps of 1, 2, 2.5 or 5 times a power of 10")
        .forAll(
            Gens.doubles(-1e7, 1e7),
            Gens.doubles(-3, 7),
            (lo, spanExponent) -> {
              double hi = lo + Math.pow(10, spanExponent);
              double[] range = ChartScale.niceRange(lo, hi);
              double slack = 1e-9 * Math.max(1, Math.abs(lo) + Math.abs(hi));
              assertThat(range[0]).isLessThanOrEqualTo(lo + slack);
              assertThat(range[1]).isGreaterThanOrEqualTo(hi - slack);
              double step = (range[1] - range[0]) / 4;
              double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
              assertThat(mantissa)
                  .as("step %s", step)
                  .isCloseTo(nearest(mantissa), org.assertj.core.data.Offset.offset(1e-6));
              // never more than about five times wider than the data
              assertThat(range[1] - range[0]).isLessThanOrEqualTo(16 * (hi - lo) + slack);
            });
  }

  private static double nearest(double mantissa) {
    double best = 1;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (Math.abs(m - mantissa) < Math.abs(best - mantissa)) {
        best = m;
      }
    }
    return best;
  }
}
