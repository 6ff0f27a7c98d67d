/**
 * Dates of goals: inclusive date ranges, quarters, "within N months from", and periods relative to
 * an explicit reference date or clock.
 */
@NullMarked
package dev.northstar.core.time;

import org.jspecify.annotations.NullMarked;
