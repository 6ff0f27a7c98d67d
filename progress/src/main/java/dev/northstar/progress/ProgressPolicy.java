package dev.northstar.progress;

import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The tolerances that turn a pace ratio into a {@link ProgressStatus}.
 *
 * <p>With the {@linkplain #defaults() defaults}, a goal is on track at 90% or more of the expected
 * progress, at risk from 70% up to 90%, and off track below 70%; a band target must hold for every
 * observation of the period to count as achieved.
 *
 * <p>{@link #toString()} is {@code on track from 0.9, at risk from 0.7, band share 1}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressPolicy {

  private static final BigDecimal DEFAULT_ON_TRACK = new BigDecimal("0.9");
  private static final BigDecimal DEFAULT_AT_RISK = new BigDecimal("0.7");
  private static final ProgressPolicy DEFAULTS =
      new ProgressPolicy(DEFAULT_ON_TRACK, DEFAULT_AT_RISK, BigDecimal.ONE);

  private final BigDecimal onTrackFrom;
  private final BigDecimal atRiskFrom;
  private final BigDecimal bandRequiredShare;

  private ProgressPolicy(BigDecimal onTrackFrom, BigDecimal atRiskFrom, BigDecimal bandShare) {
    this.onTrackFrom = onTrackFrom;
    this.atRiskFrom = atRiskFrom;
    this.bandRequiredShare = bandShare;
  }

  /**
   * Returns the default policy: on track from 0.9, at risk from 0.7, band share 1.
   *
   * @return the defaults, never null
   */
  public static ProgressPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a policy with a band share of 1.
   *
   * @param onTrackFrom the lowest pace ratio that is on track, greater than 0
   * @param atRiskFrom the lowest pace ratio that is at risk rather than off track, greater than 0
   *     and at most {@code onTrackFrom}
   * @return the policy, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a tolerance is not positive or {@code atRiskFrom} exceeds
   *     {@code onTrackFrom}
   */
  public static ProgressPolicy of(BigDecimal onTrackFrom, BigDecimal atRiskFrom) {
    return of(onTrackFrom, atRiskFrom, BigDecimal.ONE);
  }

  /**
   * Obtains a policy.
   *
   * @param onTrackFrom the lowest pace ratio that is on track, greater than 0
   * @param atRiskFrom the lowest pace ratio that is at risk rather than off track, greater than 0
   *     and at most {@code onTrackFrom}
   * @param bandRequiredShare the share of a period's observations that must lie in a band for the
   *     band target to be achieved, greater than 0 and at most 1
   * @return the policy, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ProgressPolicy of(
      BigDecimal onTrackFrom, BigDecimal atRiskFrom, BigDecimal bandRequiredShare) {
    BigDecimal onTrack = positive(onTrackFrom, "onTrackFrom");
    BigDecimal atRisk = positive(atRiskFrom, "atRiskFrom");
    if (atRisk.compareTo(onTrack) > 0) {
      throw new IllegalArgumentException(
          "atRiskFrom must be at most onTrackFrom ("
              + onTrack.toPlainString()
              + "), but was "
              + atRisk.toPlainString());
    }
    BigDecimal share = positive(bandRequiredShare, "bandRequiredShare");
    if (share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "bandRequiredShare must be greater than 0 and at most 1, but was "
              + share.toPlainString());
    }
    return new ProgressPolicy(onTrack, atRisk, share);
  }

  private static BigDecimal positive(@Nullable BigDecimal value, String field) {
    BigDecimal checked = Decimals.notNull(value, field);
    if (checked.signum() <= 0) {
      throw new IllegalArgumentException(
          field + " must be greater than 0, but was " + checked.toPlainString());
    }
    return Decimals.canonical(checked);
  }

  /**
   * Returns the lowest pace ratio that is on track.
   *
   * @return the tolerance, greater than 0
   */
  public BigDecimal onTrackFrom() {
    return onTrackFrom;
  }

  /**
   * Returns the lowest pace ratio that is at risk rather than off track.
   *
   * @return the tolerance, greater than 0, at most {@link #onTrackFrom()}
   */
  public BigDecimal atRiskFrom() {
    return atRiskFrom;
  }

  /**
   * Returns the share of observations that must lie in a band for a band target to be achieved.
   *
   * @return the share, greater than 0 and at most 1
   */
  public BigDecimal bandRequiredShare() {
    return bandRequiredShare;
  }

  /**
   * Classifies a pace ratio.
   *
   * @param paceRatio actual progress divided by expected progress, not null
   * @return {@link ProgressStatus#ON_TRACK}, {@link ProgressStatus#AT_RISK} or {@link
   *     ProgressStatus#OFF_TRACK}, never null
   * @throws NullPointerException if {@code paceRatio} is null
   */
  public ProgressStatus classify(BigDecimal paceRatio) {
    Decimals.notNull(paceRatio, "paceRatio");
    if (paceRatio.compareTo(onTrackFrom) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return paceRatio.compareTo(atRiskFrom) >= 0 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ProgressPolicy other
        && other.onTrackFrom.equals(onTrackFrom)
        && other.atRiskFrom.equals(atRiskFrom)
        && other.bandRequiredShare.equals(bandRequiredShare);
  }

  @Override
  public int hashCode() {
    return (onTrackFrom.hashCode() * 31 + atRiskFrom.hashCode()) * 31
        + bandRequiredShare.hashCode();
  }

  /**
   * Returns the readable form, such as {@code on track from 0.9, at risk from 0.7, band share 1}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "on track from "
        + onTrackFrom.toPlainString()
        + ", at risk from "
        + atRiskFrom.toPlainString()
        + ", band share "
        + bandRequiredShare.toPlainString();
  }
}
