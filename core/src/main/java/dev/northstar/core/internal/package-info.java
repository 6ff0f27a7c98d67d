/** Implementation details of the core module; not exported, not API. */
@NullMarked
package dev.northstar.core.internal;

import org.jspecify.annotations.NullMarked;
