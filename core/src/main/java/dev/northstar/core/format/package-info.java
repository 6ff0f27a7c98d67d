/**
 * Numbers as people read them, by their {@link dev.northstar.core.metric.MetricUnit unit}:
 * thousands separators, money with its currency, percents with two decimals, multiples such as
 * {@code 3.02x}, durations such as {@code 1h 05m}, and {@code undefined} where there is no value.
 * Used by the command line's tables and by the libraries' {@code toString()}s.
 */
@NullMarked
package dev.northstar.core.format;

import org.jspecify.annotations.NullMarked;
