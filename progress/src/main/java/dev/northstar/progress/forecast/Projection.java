package dev.northstar.progress.forecast;

import dev.northstar.progress.forecast.internal.Fit;
import dev.northstar.progress.forecast.internal.Fits;
import dev.northstar.progress.forecast.internal.Outcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A probabilistic forecast of a daily series up to a deadline: the model (chosen by AICc, or
 * forced), the point forecast with 80% and 95% prediction intervals for every day after the last
 * value up to the deadline, and the probability of reaching a target on the deadline.
 *
 * <pre>{@code
 * Projection p = Projection.of(followers, SeriesKind.LEVEL, LocalDate.of(2026, 12, 31));
 * p.model();                                         // e.g. DAMPED_TREND
 * p.atDeadline();                                    // 2026-12-31: 9,812 (80%: 9,540..10,080; ...)
 * p.probabilityOfReaching(9_721, TargetSide.AT_LEAST); // 0.67
 * p.reachableWith(0.8, TargetSide.AT_LEAST);          // the target reached with 80% probability
 * }</pre>
 *
 * <p>For a {@link SeriesKind#LEVEL} series the intervals and probabilities are in closed form
 * (normal, or log-normal for a log-scale model). For a {@link SeriesKind#CUMULATIVE} series they
 * come from {@value #SIMULATED_PATHS} simulated sample paths of the daily increases, drawn with
 * {@link Random} seeded with {@value #SIMULATION_SEED}, so the same input always gives the same
 * answer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Projection {

  /** The seed of the simulation of cumulative series. */
  public static final long SIMULATION_SEED = 24L;

  /** The number of simulated sample paths of cumulative series. */
  public static final int SIMULATED_PATHS = 4000;

  /** The furthest deadline, in days after the last value: ten years. */
  public static final int MAX_HORIZON_DAYS = 3660;

  private final ForecastModel model;
  private final SeriesKind kind;
  private final boolean simulated;
  private final Map<ForecastModel, Double> aicc;
  private final Map<String, Double> parameters;
  private final List<ForecastBand> bands;
  private final Outcome atDeadline;

  private Projection(
      ForecastModel model,
      SeriesKind kind,
      boolean simulated,
      Map<ForecastModel, Double> aicc,
      Map<String, Double> parameters,
      List<ForecastBand> bands,
      Outcome atDeadline) {
    this.model = model;
    this.kind = kind;
    this.simulated = simulated;
    this.aicc = Collections.unmodifiableMap(aicc);
    this.parameters = Collections.unmodifiableMap(parameters);
    this.bands = List.copyOf(bands);
    this.atDeadline = atDeadline;
  }

  /**
   * Forecasts a series with the model of least AICc among those that fit it.
   *
   * @param series the daily values, not null
   * @param kind whether they are a level or a running total, not null
   * @param deadline the last day to forecast, after the series' last date, not null
   * @return the forecast, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the deadline is not after the last date or more than
   *     {@value #MAX_HORIZON_DAYS} days after it, or no model fits (the series is too short)
   */
  public static Projection of(DailySeries series, SeriesKind kind, LocalDate deadline) {
    return build(series, kind, deadline, null);
  }

  /**
   * Forecasts a series with a given model.
   *
   * @param series the daily values, not null
   * @param kind whether they are a level or a running total, not null
   * @param deadline the last day to forecast, after the series' last date, not null
   * @param model the model to use, not null
   * @return the forecast, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the deadline is not after the last date or too far, the
   *     series is too short for the model, a log-scale model meets a value that is not positive, or
   *     the model cannot be fitted; the message names the model and the date
   */
  public static Projection of(
      DailySeries series, SeriesKind kind, LocalDate deadline, ForecastModel model) {
    return build(series, kind, deadline, Objects.requireNonNull(model, "model"));
  }

  private static Projection build(
      DailySeries series,
      SeriesKind kind,
      LocalDate deadline,
      @org.jspecify.annotations.Nullable ForecastModel forced) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(deadline, "deadline");
    long horizon = ChronoUnit.DAYS.between(series.lastDate(), deadline);
    if (horizon < 1) {
      throw new IllegalArgumentException(
          "the deadline "
              + deadline
              + " is not after the last value on "
              + series.lastDate()
              + ": a goal past its deadline has no forecast");
    }
    if (horizon > MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException(
          "the deadline "
              + deadline
              + " is "
              + horizon
              + " days after the last value on "
              + series.lastDate()
              + "; at most "
              + MAX_HORIZON_DAYS
              + " are forecast");
    }
    Candidates candidates = Candidates.fit(series, kind, forced);
    ForecastModel chosen = candidates.best();
    Fit fit = candidates.fit(chosen);
    int h = (int) horizon;
    List<Outcome> days =
        kind == SeriesKind.LEVEL
            ? closedForm(fit, chosen.isLogScale(), h)
            : simulated(fit, chosen.isLogScale(), h, series.value(series.size() - 1));
    List<ForecastBand> bands = new ArrayList<>(h);
    for (int d = 1; d <= h; d++) {
      Outcome o = days.get(d - 1);
      bands.add(
          ForecastBand.of(
              series.lastDate().plusDays(d),
              o.quantile(0.5),
              o.quantile(0.1),
              o.quantile(0.9),
              o.quantile(0.025),
              o.quantile(0.975)));
    }
    return new Projection(
        chosen,
        kind,
        kind == SeriesKind.CUMULATIVE,
        candidates.aicc(),
        fit.parameters(),
        bands,
        days.get(h - 1));
  }

  private static List<Outcome> closedForm(Fit fit, boolean log, int horizon) {
    List<Outcome> out = new ArrayList<>(horizon);
    for (int d = 1; d <= horizon; d++) {
      out.add(Outcome.gaussian(fit.mean(d), Math.sqrt(fit.variance(d)), log));
    }
    return out;
  }

  private static List<Outcome> simulated(Fit fit, boolean log, int horizon, double last) {
    Random random = new Random(SIMULATION_SEED);
    double[][] byDay = new double[horizon][SIMULATED_PATHS];
    for (int p = 0; p < SIMULATED_PATHS; p++) {
      double[] path = fit.simulate(random, horizon);
      double total = last;
      for (int d = 0; d < horizon; d++) {
        total += log ? Math.exp(path[d]) : path[d];
        byDay[d][p] = total;
      }
    }
    List<Outcome> out = new ArrayList<>(horizon);
    for (double[] samples : byDay) {
      out.add(Outcome.sampled(samples));
    }
    return out;
  }

  /**
   * Returns the model used.
   *
   * @return the model used
   */
  public ForecastModel model() {
    return model;
  }

  /**
   * Returns whether the series was a level or a running total.
   *
   * @return whether the series was a level or a running total
   */
  public SeriesKind kind() {
    return kind;
  }

  /**
   * Whether the intervals and probabilities come from simulation (cumulative series) rather than
   * the closed form.
   *
   * @return true if simulated with {@link #SIMULATION_SEED}
   */
  public boolean isSimulated() {
    return simulated;
  }

  /**
   * The AICc of every model that was fitted; one entry if the model was forced.
   *
   * @return the AICc by model, never null, unmodifiable
   */
  public Map<ForecastModel, Double> aicc() {
    return aicc;
  }

  /**
   * The fitted parameters of the model used, by name (alpha, beta, phi, gamma, intercept, slope,
   * sigma2), on the scale it was fitted on.
   *
   * @return the parameters, never null, unmodifiable
   */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /**
   * The forecast of every day from the one after the last value to the deadline.
   *
   * @return the bands in date order, never empty, unmodifiable
   */
  public List<ForecastBand> bands() {
    return bands;
  }

  /**
   * The forecast of the deadline.
   *
   * @return the last band, never null
   */
  public ForecastBand atDeadline() {
    return bands.get(bands.size() - 1);
  }

  /**
   * The probability that the value on the deadline reaches a target.
   *
   * @param target the target value, finite
   * @param side whether reaching means at least or at most the target, not null
   * @return a probability in [0, 1]
   * @throws IllegalArgumentException if the target is not finite
   * @throws NullPointerException if side is null
   */
  public double probabilityOfReaching(double target, TargetSide side) {
    Objects.requireNonNull(side, "side");
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("the target must be finite, but was " + target);
    }
    return side == TargetSide.AT_LEAST
        ? atDeadline.probabilityAtLeast(target)
        : atDeadline.probabilityAtMost(target);
  }

  /**
   * The most ambitious target reached on the deadline with a given probability: the (1 - p)
   * quantile for {@link TargetSide#AT_LEAST}, the p quantile for {@link TargetSide#AT_MOST}.
   *
   * @param probability the probability, strictly between 0 and 1
   * @param side whether reaching means at least or at most the target, not null
   * @return the target value
   * @throws IllegalArgumentException if the probability is not strictly between 0 and 1
   * @throws NullPointerException if side is null
   */
  public double reachableWith(double probability, TargetSide side) {
    Objects.requireNonNull(side, "side");
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException(
          "the probability must be strictly between 0 and 1, but was " + probability);
    }
    return atDeadline.quantile(side == TargetSide.AT_LEAST ? 1 - probability : probability);
  }

  /**
   * Returns the model and the deadline's band, such as {@code Projection[DAMPED_TREND, 2026-12-31:
   * 9,812 (80%: 9,540..10,080; 95%: 9,400..10,230)]}.
   */
  @Override
  public String toString() {
    return "Projection[" + model + (simulated ? ", simulated" : "") + ", " + atDeadline() + "]";
  }

  /** The fits of the candidate models and their AICc. */
  private record Candidates(Map<ForecastModel, Fit> fits, Map<ForecastModel, Double> aicc) {

    static Candidates fit(
        DailySeries series,
        SeriesKind kind,
        @org.jspecify.annotations.Nullable ForecastModel forced) {
      double[] y = ModelInput.values(series, kind);
      Map<ForecastModel, Fit> fits = new EnumMap<>(ForecastModel.class);
      Map<ForecastModel, Double> aicc = new EnumMap<>(ForecastModel.class);
      List<String> refusals = new ArrayList<>();
      for (ForecastModel m :
          forced == null ? ForecastModel.values() : new ForecastModel[] {forced}) {
        String refusal = ModelInput.refusal(m, series, kind, y);
        Fit fit = null;
        if (refusal == null) {
          double[] z = m.isLogScale() ? ModelInput.logs(y) : y;
          fit = Fits.fit(m, z);
          if (fit == null) {
            refusal =
                m + " could not be fitted to the series " + series + ": the smoothing diverges";
          }
        }
        if (fit == null) {
          if (forced != null) {
            throw new IllegalArgumentException(refusal);
          }
          refusals.add(refusal);
          continue;
        }
        fits.put(m, fit);
        aicc.put(m, Fits.aicc(fit, y.length, m.isLogScale() ? ModelInput.sumOfLogs(y) : 0));
      }
      if (fits.isEmpty()) {
        throw new IllegalArgumentException(
            "no forecast model fits: " + String.join("; ", refusals));
      }
      return new Candidates(fits, aicc);
    }

    ForecastModel best() {
      ForecastModel best = null;
      double least = Double.POSITIVE_INFINITY;
      for (Map.Entry<ForecastModel, Double> e : aicc.entrySet()) {
        if (best == null || e.getValue() < least) {
          best = e.getKey();
          least = e.getValue();
        }
      }
      return Objects.requireNonNull(best);
    }

    Fit fit(ForecastModel m) {
      return Objects.requireNonNull(fits.get(m));
    }
  }
}
