/**
 * Probabilistic forecasts of one daily series up to a deadline: several models (linear, compound
 * growth, damped trend, weekly seasonality), chosen per series by AICc or forced by the caller; 80%
 * and 95% prediction intervals for every day up to the deadline; and the probability of reaching a
 * target by then. Entry point: {@link dev.northstar.progress.forecast.Projection}. The method and
 * its references are in {@code docs/progress.md}.
 */
@NullMarked
package dev.northstar.progress.forecast;

import org.jspecify.annotations.NullMarked;
