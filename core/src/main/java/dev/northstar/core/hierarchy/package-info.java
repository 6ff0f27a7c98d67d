/**
 * The goal hierarchy: business goals, marketing goals, social goals and tactics, checked for
 * duplicate ids, dangling references, cycles, level order and periods.
 */
@NullMarked
package dev.northstar.core.hierarchy;

import org.jspecify.annotations.NullMarked;
