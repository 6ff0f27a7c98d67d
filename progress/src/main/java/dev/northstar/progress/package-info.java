/**
 * Progress of one goal at a reference date: the fraction of the way from baseline to target, the
 * expected progress on a linear pace, the pace ratio and status, and the forecast at the deadline.
 */
@NullMarked
package dev.northstar.progress;

import org.jspecify.annotations.NullMarked;
