/**
 * SMART validation of goals: {@link dev.northstar.smart.SmartValidator} runs {@link
 * dev.northstar.smart.Rule rules} over a goal in a {@link dev.northstar.smart.RuleContext} and
 * returns a {@link dev.northstar.smart.SmartReport} of {@link dev.northstar.smart.Finding
 * findings}.
 */
@NullMarked
package dev.northstar.smart;

import org.jspecify.annotations.NullMarked;
