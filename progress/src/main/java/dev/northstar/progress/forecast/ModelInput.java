package dev.northstar.progress.forecast;

import org.jspecify.annotations.Nullable;

/** What a model is fitted on, and why a model refuses a series. */
final class ModelInput {

  private ModelInput() {}

  /** The values of a level, or the daily increases of a running total. */
  static double[] values(DailySeries series, SeriesKind kind) {
    double[] v = series.values();
    if (kind == SeriesKind.LEVEL) {
      return v;
    }
    double[] d = new double[v.length - 1];
    for (int i = 1; i < v.length; i++) {
      d[i - 1] = v[i] - v[i - 1];
    }
    return d;
  }

  /** Why the model cannot be fitted to the values, or null if it can. */
  static @Nullable String refusal(
      ForecastModel model, DailySeries series, SeriesKind kind, double[] y) {
    String what = kind == SeriesKind.LEVEL ? "daily values" : "daily increases";
    if (y.length < model.minimumDays()) {
      return model
          + " needs at least "
          + model.minimumDays()
          + " "
          + what
          + ", but the series "
          + series.start()
          + ".."
          + series.lastDate()
          + " has "
          + y.length;
    }
    if (model.isLogScale()) {
      int offset = kind == SeriesKind.LEVEL ? 0 : 1;
      for (int i = 0; i < y.length; i++) {
        if (!(y[i] > 0)) {
          return model
              + " is fitted on logarithms and needs positive "
              + what
              + ", but the "
              + (kind == SeriesKind.LEVEL ? "value" : "increase")
              + " on "
              + series.start().plusDays(i + offset)
              + " is "
              + y[i];
        }
      }
    }
    return null;
  }

  static double[] logs(double[] y) {
    double[] z = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      z[i] = Math.log(y[i]);
    }
    return z;
  }

  static double sumOfLogs(double[] y) {
    double s = 0;
    for (double v : y) {
      s += Math.log(v);
    }
    return s;
  }
}
