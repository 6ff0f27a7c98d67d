package dev.northstar.progress.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares {@link Ets} with statsmodels' ETSModel on the series and results of {@code
 * src/test/python/ets_reference.py}, committed as {@code forecast/ets-reference.properties}.
 */
class EtsReferenceTest {

  static final Properties REF = load();

  static Properties load() {
    try (InputStream in =
        EtsReferenceTest.class.getResourceAsStream("/forecast/ets-reference.properties")) {
      Properties p = new Properties();
      p.load(Objects.requireNonNull(in, "forecast/ets-reference.properties"));
      return p;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static double[] array(String key) {
    return Arrays.stream(REF.getProperty(key).trim().split(" "))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  static double number(String key) {
    return Double.parseDouble(REF.getProperty(key));
  }

  static Smoothing smoothing(String name, int period) {
    return new Smoothing(
        number(name + ".smoothing_level"),
        number(name + ".smoothing_trend"),
        number(name + ".damping_trend"),
        period > 0 ? number(name + ".smoothing_seasonal") : 0,
        period);
  }

  /** statsmodels' initial_state lists the seasonal states in the order they apply from y[0]. */
  static double[] initial(String name, int period) {
    double[] state = array(name + ".initial_state");
    return period == 0 ? new double[] {state[0], state[1]} : state;
  }

  @ParameterizedTest
  @CsvSource({"growth, 0", "weekly, 7"})
  void smoothingWithStatsmodelsParametersGivesItsSseForecastsAndIntervals(String name, int period) {
    Ets ets = Ets.smooth(array(name + ".values"), smoothing(name, period), initial(name, period));
    assertThat(ets.sse()).isCloseTo(number(name + ".sse"), within(1e-6 * number(name + ".sse")));
    assertThat(ets.sigma2()).isCloseTo(number(name + ".mse"), within(1e-6 * number(name + ".mse")));
    double[] mean = array(name + ".forecast");
    double[] lo80 = array(name + ".lower80");
    double[] hi80 = array(name + ".upper80");
    double[] lo95 = array(name + ".lower95");
    double[] hi95 = array(name + ".upper95");
    for (int h = 1; h <= mean.length; h++) {
      double sd = Math.sqrt(ets.variance(h));
      double tol = 1e-6 * Math.abs(mean[h - 1]);
      assertThat(ets.mean(h)).as("mean h=%d", h).isCloseTo(mean[h - 1], within(tol));
      assertThat(ets.mean(h) - Normal.Z80 * sd)
          .as("lower80 h=%d", h)
          .isCloseTo(lo80[h - 1], within(tol));
      assertThat(ets.mean(h) + Normal.Z80 * sd)
          .as("upper80 h=%d", h)
          .isCloseTo(hi80[h - 1], within(tol));
      assertThat(ets.mean(h) - Normal.Z95 * sd)
          .as("lower95 h=%d", h)
          .isCloseTo(lo95[h - 1], within(tol));
      assertThat(ets.mean(h) + Normal.Z95 * sd)
          .as("upper95 h=%d", h)
          .isCloseTo(hi95[h - 1], within(tol));
    }
  }

  @ParameterizedTest
  @CsvSource({"growth, 0", "weekly, 7"})
  void maximumLikelihoodFitIsAtLeastAsGoodAsStatsmodelsAndForecastsAlike(String name, int period) {
    double[] y = array(name + ".values");
    Ets fit = Objects.requireNonNull(Ets.fit(y, period, true));
    double reference = number(name + ".sse");
    // the likelihood is maximised over the same parameter space: no worse than statsmodels by 0.1%
    assertThat(fit.sse()).isLessThanOrEqualTo(reference * 1.001);
    // parameters on a flat likelihood may differ; the forecasts agree within 1% of the level,
    // the 80% half-widths within 15%
    double[] mean = array(name + ".forecast");
    double[] hi80 = array(name + ".upper80");
    for (int h = 1; h <= mean.length; h++) {
      assertThat(fit.mean(h)).isCloseTo(mean[h - 1], within(0.01 * Math.abs(mean[h - 1])));
      double half = hi80[h - 1] - mean[h - 1];
      assertThat(Normal.Z80 * Math.sqrt(fit.variance(h))).isCloseTo(half, within(0.15 * half));
    }
  }
}
