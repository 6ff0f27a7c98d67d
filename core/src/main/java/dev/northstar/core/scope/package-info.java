/** Platforms (social networks and other channels) and the scope a goal or series applies to. */
@NullMarked
package dev.northstar.core.scope;

import org.jspecify.annotations.NullMarked;
