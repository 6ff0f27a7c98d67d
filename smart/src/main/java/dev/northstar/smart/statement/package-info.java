/**
 * Goal statements in English: {@link dev.northstar.smart.statement.GoalStatementParser} turns a
 * sentence such as "Double LinkedIn followers within six months" into goal drafts and the parts it
 * could not resolve. Rule-based and deterministic; no network, no model.
 */
@NullMarked
package dev.northstar.smart.statement;

import org.jspecify.annotations.NullMarked;
