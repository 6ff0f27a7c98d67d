/**
 * Goals at every level of the cascade (business and marketing objectives, social goals), with their
 * targets, baselines, owners and categories.
 */
@NullMarked
package dev.northstar.core.goal;

import org.jspecify.annotations.NullMarked;
