/**
 * The API side of the partner systems' identity (第二十条): refuses a way of signing in a caller may not use (a
 * revoked certificate, Basic for a partner where it is switched off) and applies the per-partner rate limit,
 * before any resource runs.
 */
package cn.tongban.rest.identity;
