package dev.northstar.progress.forecast.internal;

import org.jspecify.annotations.Nullable;

/** Gaussian elimination with partial pivoting for small dense systems. */
final class Gauss {

  private Gauss() {}

  /**
   * Solves A x = b given as the augmented matrix [A | b], which it overwrites.
   *
   * @return x, or null if A is singular to working precision
   */
  static double @Nullable [] solve(double[][] a) {
    int n = a.length;
    double scale = 0;
    for (double[] row : a) {
      for (int j = 0; j < n; j++) {
        scale = Math.max(scale, Math.abs(row[j]));
      }
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      if (!(Math.abs(a[p][c]) > 1e-13 * scale)) {
        return null;
      }
      double[] t = a[p];
      a[p] = a[c];
      a[c] = t;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int j = c; j <= n; j++) {
          a[r][j] -= f * a[c][j];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = a[r][n];
      for (int j = r + 1; j < n; j++) {
        s -= a[r][j] * x[j];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
