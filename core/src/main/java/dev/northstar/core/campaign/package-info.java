/** Named marketing campaigns with a period and platforms. */
@NullMarked
package dev.northstar.core.campaign;

import org.jspecify.annotations.NullMarked;
