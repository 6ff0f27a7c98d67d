/**
 * Tactics that carry out goals: owners, due dates or recurrences, and value-versus-complexity
 * priorities.
 */
@NullMarked
package dev.northstar.core.tactic;

import org.jspecify.annotations.NullMarked;
