/**
 * The fitting, filtering and simulation behind {@code dev.northstar.progress.forecast}: least
 * squares trends, additive exponential smoothing state-space models, the Nelder-Mead optimiser and
 * the normal distribution. Not part of the API: this package is not exported.
 */
@NullMarked
package dev.northstar.progress.forecast.internal;

import org.jspecify.annotations.NullMarked;
