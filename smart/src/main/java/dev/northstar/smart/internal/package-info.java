/** Implementation of SMART validation and statement parsing; not exported. */
@NullMarked
package dev.northstar.smart.internal;

import org.jspecify.annotations.NullMarked;
