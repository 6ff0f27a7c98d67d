package dev.northstar.progress.forecast.internal;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead simplex minimiser (Nelder and Mead 1965) with the standard coefficients
 * (reflection 1, expansion 2, contraction 0.5, shrink 0.5), on unconstrained coordinates.
 */
public final class NelderMead {

  private NelderMead() {}

  /**
   * Minimises a function from a start point.
   *
   * @param f the function; a non-finite value counts as +infinity
   * @param start the start point, not modified
   * @param step the initial size of the simplex along every axis
   * @param iterations the most iterations
   * @return the best point found
   */
  public static double[] minimize(
      ToDoubleFunction<double[]> f, double[] start, double step, int iterations) {
    int n = start.length;
    double[][] p = new double[n + 1][];
    double[] v = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      p[i] = start.clone();
      if (i > 0) {
        p[i][i - 1] += step;
      }
      v[i] = eval(f, p[i]);
    }
    for (int it = 0; it < iterations; it++) {
      sort(p, v);
      if (Math.abs(v[n] - v[0]) <= 1e-10 * (Math.abs(v[0]) + 1e-10)) {
        break;
      }
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          c[j] += p[i][j] / n;
        }
      }
      double[] r = along(c, p[n], -1.0);
      double vr = eval(f, r);
      if (vr < v[0]) {
        double[] e = along(c, p[n], -2.0);
        double ve = eval(f, e);
        if (ve < vr) {
          p[n] = e;
          v[n] = ve;
        } else {
          p[n] = r;
          v[n] = vr;
        }
      } else if (vr < v[n - 1]) {
        p[n] = r;
        v[n] = vr;
      } else {
        double[] k = vr < v[n] ? along(c, p[n], -0.5) : along(c, p[n], 0.5);
        double vk = eval(f, k);
        if (vk < Math.min(vr, v[n])) {
          p[n] = k;
          v[n] = vk;
        } else {
          for (int i = 1; i <= n; i++) {
            p[i] = along(p[0], p[i], 0.5);
            v[i] = eval(f, p[i]);
          }
        }
      }
    }
    sort(p, v);
    return p[0];
  }

  private static double eval(ToDoubleFunction<double[]> f, double[] x) {
    double y = f.applyAsDouble(x);
    return Double.isFinite(y) ? y : Double.POSITIVE_INFINITY;
  }

  /** The point c + t (x - c). */
  private static double[] along(double[] c, double[] x, double t) {
    double[] out = new double[c.length];
    for (int j = 0; j < c.length; j++) {
      out[j] = c[j] + t * (x[j] - c[j]);
    }
    return out;
  }

  private static void sort(double[][] p, double[] v) {
    for (int i = 1; i < v.length; i++) {
      for (int j = i; j > 0 && v[j] < v[j - 1]; j--) {
        double tv = v[j];
        v[j] = v[j - 1];
        v[j - 1] = tv;
        double[] tp = p[j];
        p[j] = p[j - 1];
        p[j - 1] = tp;
      }
    }
  }
}
