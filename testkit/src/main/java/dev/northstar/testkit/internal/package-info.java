/** Helpers of the contracts; not exported. */
@NullMarked
package dev.northstar.testkit.internal;

import org.jspecify.annotations.NullMarked;
