package dev.northstar.progress.forecast.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * An exponential smoothing state-space model with additive errors, an additive (damped) trend and
 * optionally an additive season: ETS(A,A,N), ETS(A,Ad,N) or ETS(A,Ad,A) in the notation of Hyndman
 * et al. (2008) and of Hyndman and Athanasopoulos, "Forecasting: Principles and Practice", section
 * 8.7:
 *
 * <pre>
 * y(t) = l(t-1) + phi b(t-1) + s(t-m) + e(t)
 * l(t) = l(t-1) + phi b(t-1) + alpha e(t)
 * b(t) = phi b(t-1) + beta e(t)
 * s(t) = s(t-m) + gamma e(t)
 * </pre>
 *
 * <p>The h-step forecast variance is that of class 1 of Hyndman et al. (2008), table 6.1: sigma^2
 * (1 + sum_{j=1}^{h-1} c_j^2) with c_j = alpha + beta phi_j + gamma d_{j,m}, phi_j = phi + ... +
 * phi^j and d_{j,m} = 1 when j is a multiple of m. sigma^2 is the maximum-likelihood SSE / n.
 */
public final class Ets implements Fit {

  private final Smoothing params;
  private final int n;
  private final double sse;
  private final double level;
  private final double trend;
  private final double[] season;
  private final double[] initial;

  private Ets(Smoothing params, int n, double sse, double[] finalState, double[] initial) {
    this.params = params;
    this.n = n;
    this.sse = sse;
    this.level = finalState[0];
    this.trend = finalState[1];
    this.season = java.util.Arrays.copyOfRange(finalState, 2, finalState.length);
    this.initial = initial;
  }

  /**
   * Smooths a series with given parameters and initial states.
   *
   * @param y the values
   * @param params the smoothing parameters
   * @param initial l0, b0, then the m initial seasonal states, the first applying to y[0]
   * @return the model after the last value
   */
  public static Ets smooth(double[] y, Smoothing params, double[] initial) {
    double[] state = initial.clone();
    double sse = filter(y, params, state, null);
    return new Ets(params, y.length, sse, state, initial.clone());
  }

  /**
   * Fits the smoothing parameters by maximum likelihood (least SSE), with the initial states that
   * minimise the SSE for each parameter set, found by least squares since the one-step errors are
   * affine in them. The seasonal initial states sum to zero.
   *
   * @param y the values
   * @param period the season's length, or 0 for none
   * @param damped whether the trend is damped (phi estimated) or not (phi = 1)
   * @return the fitted model, or null if no parameters give a finite SSE
   */
  public static @org.jspecify.annotations.Nullable Ets fit(double[] y, int period, boolean damped) {
    double[][] starts = {{0.0, -1.0, 0.0, -1.0}, {1.5, -2.0, 1.5, -2.0}, {-1.5, 0.0, -1.0, 0.0}};
    double[] best = null;
    double bestValue = Double.POSITIVE_INFINITY;
    for (double[] s : starts) {
      double[] u = java.util.Arrays.copyOf(s, 2 + (damped ? 1 : 0) + (period > 0 ? 1 : 0));
      double[] x =
          NelderMead.minimize(
              v -> concentratedSse(y, Smoothing.fromFree(v, period, damped)), u, 1.0, 800);
      double value = concentratedSse(y, Smoothing.fromFree(x, period, damped));
      if (value < bestValue) {
        bestValue = value;
        best = x;
      }
    }
    if (best == null) {
      return null;
    }
    Smoothing params = Smoothing.fromFree(best, period, damped);
    double[] x0 = initialStates(y, params);
    if (x0 == null) {
      return null;
    }
    Ets ets = smooth(y, params, x0);
    return Double.isFinite(ets.sse) ? ets : null;
  }

  private static double concentratedSse(double[] y, Smoothing params) {
    double[] x0 = initialStates(y, params);
    if (x0 == null) {
      return Double.POSITIVE_INFINITY;
    }
    double[] state = x0.clone();
    return filter(y, params, state, null);
  }

  /** The initial states minimising the SSE; null if the least-squares problem is degenerate. */
  static double @org.jspecify.annotations.Nullable [] initialStates(double[] y, Smoothing params) {
    int m = params.period();
    int free = 2 + Math.max(0, m - 1);
    int size = 2 + m;
    double[] e0 = new double[y.length];
    filter(y, params, new double[size], e0);
    double[][] cols = new double[free][y.length];
    for (int k = 0; k < free; k++) {
      double[] x = unitState(k, m);
      filter(y, params, x, cols[k]);
      for (int t = 0; t < y.length; t++) {
        cols[k][t] -= e0[t];
      }
    }
    double[][] a = new double[free][free + 1];
    for (int i = 0; i < free; i++) {
      for (int j = 0; j < free; j++) {
        a[i][j] = dot(cols[i], cols[j]);
      }
      a[i][free] = -dot(cols[i], e0);
    }
    double[] z = Gauss.solve(a);
    if (z == null) {
      return null;
    }
    double[] x0 = new double[size];
    x0[0] = z[0];
    x0[1] = z[1];
    double sum = 0;
    for (int j = 0; j < m - 1; j++) {
      x0[2 + j] = z[2 + j];
      sum += z[2 + j];
    }
    if (m > 0) {
      x0[1 + m] = -sum;
    }
    return x0;
  }

  private static double[] unitState(int k, int m) {
    double[] x = new double[2 + m];
    if (k < 2) {
      x[k] = 1;
    } else {
      x[k] = 1;
      x[1 + m] = -1;
    }
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Runs the filter from the state (modified in place to the final state); returns the SSE. */
  private static double filter(
      double[] y,
      Smoothing p,
      double[] state,
      double @org.jspecify.annotations.Nullable [] errors) {
    int m = p.period();
    double l = state[0];
    double b = state[1];
    double sse = 0;
    for (int t = 0; t < y.length; t++) {
      double s = m > 0 ? state[2 + t % m] : 0;
      double e = y[t] - (l + p.phi() * b + s);
      l = l + p.phi() * b + p.alpha() * e;
      b = p.phi() * b + p.beta() * e;
      if (m > 0) {
        state[2 + t % m] = s + p.gamma() * e;
      }
      if (errors != null) {
        errors[t] = e;
      }
      sse += e * e;
    }
    state[0] = l;
    state[1] = b;
    if (m > 0) {
      // rotate so that state[2 + j] applies to the observation n + j
      double[] s = java.util.Arrays.copyOfRange(state, 2, 2 + m);
      for (int j = 0; j < m; j++) {
        state[2 + j] = s[(y.length + j) % m];
      }
    }
    return sse;
  }

  /**
   * The smoothing parameters.
   *
   * @return the parameters
   */
  public Smoothing smoothing() {
    return params;
  }

  /**
   * The initial states: l0, b0, then the seasonal states from the one applying to y[0].
   *
   * @return a copy of the initial states
   */
  public double[] initialStates() {
    return initial.clone();
  }

  /**
   * The maximum-likelihood variance of the one-step errors, SSE / n.
   *
   * @return sigma^2
   */
  public double sigma2() {
    return sse / n;
  }

  private double phiSum(int h) {
    double sum = 0;
    double pow = 1;
    for (int j = 1; j <= h; j++) {
      pow *= params.phi();
      sum += pow;
    }
    return sum;
  }

  @Override
  public double mean(int h) {
    double s = season.length > 0 ? season[(h - 1) % season.length] : 0;
    return level + phiSum(h) * trend + s;
  }

  @Override
  public double variance(int h) {
    double sum = 1;
    double phiJ = 0;
    double pow = 1;
    int m = season.length;
    for (int j = 1; j < h; j++) {
      pow *= params.phi();
      phiJ += pow;
      double c = params.alpha() + params.beta() * phiJ + (m > 0 && j % m == 0 ? params.gamma() : 0);
      sum += c * c;
    }
    return sigma2() * sum;
  }

  @Override
  public double[] simulate(Random random, int horizon) {
    double sd = Math.sqrt(sigma2());
    double l = level;
    double b = trend;
    double[] s = season.clone();
    int m = s.length;
    double[] path = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      double seasonal = m > 0 ? s[h % m] : 0;
      double e = sd * random.nextGaussian();
      path[h] = l + params.phi() * b + seasonal + e;
      l = l + params.phi() * b + params.alpha() * e;
      b = params.phi() * b + params.beta() * e;
      if (m > 0) {
        s[h % m] = seasonal + params.gamma() * e;
      }
    }
    return path;
  }

  @Override
  public double sse() {
    return sse;
  }

  @Override
  public int parameterCount() {
    int m = season.length;
    int smoothing = 2 + (params.phi() < 1 ? 1 : 0) + (m > 0 ? 1 : 0);
    return smoothing + 2 + Math.max(0, m - 1) + 1;
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("alpha", params.alpha());
    p.put("beta", params.beta());
    p.put("phi", params.phi());
    if (season.length > 0) {
      p.put("gamma", params.gamma());
    }
    p.put("sigma2", sigma2());
    return p;
  }
}
