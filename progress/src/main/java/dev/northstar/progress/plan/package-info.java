/**
 * Tactic plans: the tactics of a goal in the order to work on them, overdue tactics, recurring
 * tactics expanded into dated occurrences, and the load per owner.
 */
@NullMarked
package dev.northstar.progress.plan;

import org.jspecify.annotations.NullMarked;
