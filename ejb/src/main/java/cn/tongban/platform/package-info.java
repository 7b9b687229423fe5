/**
 * Shared plumbing of every capability: the schema migration at start-up, the clock, the business
 * exception and its localised messages, and where the current request comes from. Nothing here knows
 * a business rule.
 */
package cn.tongban.platform;
