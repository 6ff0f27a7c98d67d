/**
 * The serializer of the Northstar SMART Jackson module; not exported, not API. It writes with the
 * shared helpers of {@code dev.northstar.jackson.internal}.
 */
@NullMarked
package dev.northstar.jackson.smart.internal;

import org.jspecify.annotations.NullMarked;
